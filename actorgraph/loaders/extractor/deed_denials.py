""" "The Treasury said X had secretly bankrolled the party ... X said he had never given money to any party": a denial
told as a deed the speaker says they never did answers the latest claim of a wrong on the speaker's side (within a
few sentences), whether that claim was an accusation in so many words, a report ("said X had ...") or a charge or
measure; the general rule for denials prefers an explicit accusation however old (discourse._partner)."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.relations import RawRelation

# the speech verbs of the triggers.yaml rule for denied deeds ("said he had never ...")
_SPEECH = re.compile(r"(?:said|says|insists?|insisted|told\s+reporters)", re.I)
# the negation after the speech verb and the words after it ("had never given", "did not expect", "had no links")
_NEGATION = re.compile(r"\b(never|not|n['’]t|no|nothing)\s+([a-z]+)(?:\s+([a-z]+))?")
# what a negated verb says of a mind, a plan, a word or a wrong suffered, not of a deed: "did not expect", "had not
#   decided", "had not been told" (words, not a pattern: a long alternation costs its compile at every start)
_UNDEED = frozenset("expect expected think believe want intend plan wish need see hope know agree accept recognise "
                    "recognize support comment respond reply say said rule mean care trust feel seek elaborate specify "
                    "disclose reveal confirm name identify decide decided yet immediately exclude attend anticipate "
                    "foresee consider understand get got been be".split())
_LINKS = frozenset("link links connection connections ties role involvement contact contacts part dealings "
                   "relationship association such".split())
_IMPUTING = ("ACCUSES", "INVESTIGATES", "SANCTIONS", "DESIGNATES")
_REACH = 4  # sentences back


def deed_claimant(r: RawRelation, earlier: list[RawRelation],
                  same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    if r.type != "DENIES" or not r.source or r.props.get("denies") != "act" \
            or not _SPEECH.fullmatch(r.trigger_text):
        return []
    for e in reversed(earlier):
        if r.sentence.index - e.sentence.index > _REACH:
            break
        if e.type in _IMPUTING and e.source and e.target and not e.implicit and same_side(e.target, r.source) \
                and not same_side(e.source, r.source):
            return [e.source]
    return []


def not_a_deed(r: RawRelation) -> bool:
    """A denial by the triggers.yaml rule for denied deeds whose negation names no deed ("said he did not expect
    the case to go to trial", "had no plans to", "had not been told"): no denial at all."""
    if r.type != "DENIES" or not _SPEECH.fullmatch(r.trigger_text):
        return False
    after = r.sentence.text[r.trigger_start + len(r.trigger_text) : r.trigger_start + len(r.trigger_text) + 90].lower()
    if "innocen" in after:
        return False  # "said she was innocent": the innocence rule's denial
    m = _NEGATION.search(after)
    if m is None:
        return False
    neg, word, then = m.group(1), m.group(2), m.group(3) or ""
    if neg == "nothing":
        return word not in ("to", "wrong", "illegal", "unlawful")
    if neg == "no":
        return word not in _LINKS and then not in _LINKS
    return word in _UNDEED
