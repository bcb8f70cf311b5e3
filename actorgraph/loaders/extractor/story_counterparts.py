"""The last resort for a denial or a negotiation whose partner neither its sentence nor the discourse before it
names: the party the story pits the speaker's side against most often, counting every relation of the document
(earlier or later) between the two sides in its other sentences (its own was read already); none for a denied claim
told as a clause about another party ("rejected the claim that Peru made a secret deal": whoever made the claim,
unnamed, not Peru). "Ethiopia rejected the accusation" in a story of Somalia's protests and
threats against Ethiopia answers Somalia; "the government said it was ready to negotiate" in a story of its
stand-off with a rebel group is talks with the group.

A denial answers an adversary: only hostile relations count. Talks are held with any counterpart. The parties are
of like kind (a person with a person, a state or an organisation with a state or an organisation); a collective
("protesters", "two soldiers") is no party to either. A guess: on the fifteen development sets (round 28) it adds
16 right and 14 wrong relations (6 and 3 on the six newest), worth it at an F1 near 0.65."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from actorgraph.loaders.extractor.relations import RawRelation

_HOSTILE = frozenset({"ACCUSES", "SANCTIONS", "DESIGNATES", "INVESTIGATES", "COERCES", "ATTACKS", "THREATENS",
                      "PROTESTS", "DEMANDS", "DENIES", "REJECTS"})
# the denied claim told as a clause of its own ("the claim that X ...", "reports that X ...")
_CLAIM_THAT = re.compile(r"\b(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|rumou?rs?|assertions?)"
                         r"\s+that\b", re.I)
# a deed told on no one's word: "X is widely reported to be supplying Y. X denies it." answers no party
_UNATTRIBUTED = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+|also\s+|often\s+|long\s+)?"
                           r"(?:reported|said|believed|thought|rumou?red|alleged)\s+to\b", re.I)
_COUNTED = {"DENIES": _HOSTILE, "NEGOTIATES_WITH": None}  # the relations that make a counterpart (None: any)


def story_counterpart(r: RawRelation, raw: list[RawRelation], same_side: Callable[[str | None, str | None], bool],
                      named_here: set[str | None]) -> list[str]:
    """The counterpart of ``r`` (a partnerless denial or negotiation) as a one-item list; empty when none.
    ``named_here``: the parties its own sentence names after its trigger."""
    if r.type not in _COUNTED or not r.source:
        return []
    if _CLAIM_THAT.search(r.sentence.text, r.trigger_start, r.trigger_start + len(r.trigger_text) + 40) \
            and any(not same_side(who, r.source) for who in named_here):
        return []  # "rejected the claim that Peru made a secret deal": a claim about Peru, by someone unnamed
    if r.type == "DENIES" and _unattributed_claim(r, raw):
        return []
    counted = _COUNTED[r.type]
    person = r.source.startswith("Person:")
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for k, e in enumerate(raw):
        if e.sentence is r.sentence or not e.source or not e.target or (counted is not None and e.type not in counted):
            continue
        for mine, other in ((e.source, e.target), (e.target, e.source)):
            if other.startswith("Group:") or other.startswith("Person:") != person:
                continue
            if same_side(mine, r.source) and not same_side(other, r.source):
                counts[other] += 1
                first.setdefault(other, k)
    if not counts:
        return []
    return [max(counts, key=lambda other: (counts[other], -first[other]))]


def _unattributed_claim(r: RawRelation, raw: list[RawRelation]) -> bool:
    """Whether the sentence before the denial, in its paragraph, told a deed of the denier on no one's word."""
    before = next((e.sentence for e in raw if e.sentence.index == r.sentence.index - 1 and e.source == r.source
                   and e.sentence.paragraph == r.sentence.paragraph), None)
    return before is not None and _UNATTRIBUTED.search(before.text) is not None
