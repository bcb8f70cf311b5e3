"""Demands for someone's release: "demanded the release of X", "called for her release", "demanded X's release",
"demanded that X be freed" are demands on whoever holds X (the holder is found among the document's arrests in discourse.py)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import RELEASE_OF

_THEIR_RELEASE = re.compile(r"\s+(?:the\s+)?(?:his|her|their)\s+(?:immediate\s+)?release\b")
# "demanded Varga's immediate release", "called for Varga's \"immediate release\"": the one held is the possessor
_POSSESSED_RELEASE = re.compile(r"['’]s?\s+[\"“]?(?:immediate\s+|unconditional\s+|early\s+|swift\s+)?[\"“]?(?:release|freedom)\b")
_THAT = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")  # "demanded that X", "insisted that X" (trigger ends at "that")
# "that X be released", "that X should be freed immediately", "that X be allowed to go home"
_BE_RELEASED = re.compile(r"(?:['’]s?)?\s+(?:should\s+|must\s+)?(?:be|is)\s+(?:immediately\s+|unconditionally\s+)?"
                          r"(?:released|freed|set\s+free|allowed\s+to\s+(?:leave|go\s+home|return))\b")


def release_demand(ms: list[Mention], right: list[int], text: str, base: int, e: int,
                   targets: list[Mention]) -> tuple[list[Mention], bool]:
    """The targets of a demand verb ending at ``e`` and whether they are the ones whose release is demanded."""
    if targets:
        first = targets[0]
        if _THEIR_RELEASE.match(text, e):
            return targets, True
        if (rel_of := RELEASE_OF.match(text[e:])) and e <= first.start - base <= e + rel_of.end() + 40:
            return targets, True  # "the release of the herders", a group (even one spanning "the release of")
        if _THAT.fullmatch(text, e, first.start - base) and (_BE_RELEASED.match(text, first.end - base)
                                                               or _POSSESSED_RELEASE.match(text, first.end - base)):
            return targets, True
        return targets, False
    if rel_of := RELEASE_OF.match(text[e:]):
        held = next((k for k in right if e + rel_of.end() <= ms[k].start - base <= e + rel_of.end() + 40), None)
        return ([ms[held]], True) if held is not None else ([], False)
    return targets, False


def release_of_unnamed(text: str, e: int) -> bool:
    """ "demanded the release of ...", "demanded their immediate release" with no actor read as the one held: a
    demand on whoever made the story's arrest (settled in discourse)."""
    return bool(RELEASE_OF.match(text[e:]) or _THEIR_RELEASE.match(text, e))
