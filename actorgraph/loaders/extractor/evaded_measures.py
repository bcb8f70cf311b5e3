"""A measure someone evades: the evader is the measure's target, not its taker ("Venezuela skirted American
sanctions by selling oil to Cuba", "Iran used front companies to circumvent sanctions imposed by the EU",
'"... to evade our sanctions," the minister said'). The taker is the measure's modifier or by-phrase, else left
implicit for discourse to find."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import modifier_of, subject_of
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.mentions import Mention

EVADED_BEFORE = re.compile(r"\b(?P<verb>evad(?:e|es|ed|ing)|evasion\s+of|circumvent(?:s|ed|ing)?|skirt(?:s|ed|ing)?|"
                           r"bypass(?:es|ed|ing)?|dodg(?:e|es|ed|ing)|sidestep(?:s|ped|ping)?|"
                           r"(?:get|gets|getting|got)\s+around)\s+(?:(?:the|our|their|its|his|her)\s+)?"
                           r"(?:[\w\-.’']+\s+){0,2}$")
_BY = re.compile(r"\s+(?:(?:imposed|introduced|levied|enforced|announced)\s+)?by\s+(?:the\s+)?")
_MEASURES = ("SANCTIONS", "DESIGNATES")
_TELLING = re.compile(r"\b(?:said|says|told|accused|alleged|claimed|warned|added)\b")


def evaded_measure(ms: list[Mention], left: list[int], right: list[int], text: str, low: str, base: int, s: int,
                   e: int, trig: Trigger) -> tuple[list[Mention], list[Mention], bool] | None:
    """(agents, targets, implicit) of a measure noun that is evaded; ``None`` when it is not."""
    if trig.type not in _MEASURES or low[s:e].rstrip().endswith((" on", " against")):
        return None  # "violated UN sanctions on Iran": the measure names its own target
    hit = EVADED_BEFORE.search(low, max(0, s - 60), s)
    if hit is None:
        return None
    k = modifier_of(ms, left, text, base, s)
    if k is not None and ms[k].start - base < hit.end("verb"):
        k = None  # "Iran evaded sanctions": the evader, not a modifier
    if k is None and right and _BY.fullmatch(text[e : ms[right[0]].start - base]):
        k = right[0]  # "sanctions imposed by the EU"
    before = [x for x in left if ms[x].end - base <= hit.start()]
    if text[: hit.start()].rstrip().endswith(" to"):  # "X continues to exploit Y's oil sector to evade sanctions":
        #   the infinitive's subject is the clause's (after any "... said")
        said = [x for x in before if not _TELLING.search(text, ms[x].end - base, hit.start())]
        evader = next((x for x in said if subject_of(ms, [x], text, base, ms[x].end - base) == x), None)
    else:
        evader = subject_of(ms, before, text, base, hit.start()) if before else None
    agents = [ms[k]] if k is not None else []
    targets = [ms[evader]] if evader is not None and evader != k else []
    return agents, targets, k is None
