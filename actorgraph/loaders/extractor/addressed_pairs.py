"""A call on "both" of a pair the same sentence has just named: "X met A and B separately and asked both men to
avoid unilateral steps", "X said she had spoken to A and B by telephone and urged both governments to return to
talks" -> X DEMANDS A and B; when the pair is of people and the call is on "both governments" (countries, capitals),
the states those people serve. Who calls is who met, spoke to or phoned the pair (the relation the sentence already
has with the first of them), so "A and B met; both men were urged ..." gives nothing.

Coreference reads "both sides" from the story's dispute and "the two leaders" from the two officials named last; the
pair named as the object of the clause before is nearer than either."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status_cues import status_of
from actorgraph.loaders.extractor.text import Sentence

_CALL_ON_BOTH = re.compile(
    r"\b(?P<verb>urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:up)?on|press(?:es|ed|ing)?|told|tells?|"
    r"implor(?:e|es|ed|ing))\s+(?:both|the\s+two)\s+(?:of\s+them|(?P<head>men|women|leaders|officials|rivals|"
    r"ministers|politicians|sides|parties|governments|countries|capitals|states|nations))\s+to\s+[a-z]", re.I)
_STATES_MEANT = frozenset("governments countries capitals states nations".split())
# "A and B", "to A and to B", "A and his rival B"
_PAIR_GAP = re.compile(r"\s+and\s+(?:(?:to|with)\s+)?(?:(?:his|her|their)\s+[a-z]+\s+)?")
_CONTACT = ("MEETS_WITH", "NEGOTIATES_WITH", "COOPERATES_WITH", "DEMANDS")


def calls_on_named_pairs(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                         affiliation: dict[str, str]) -> list[RawRelation]:
    """``found``: the sentence's relations so far; ``affiliation``: person -> the country they lead or serve."""
    text, base = sent.text, sent.start
    if sent.headline or ("both" not in text and "two" not in text):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _CALL_ON_BOTH.finditer(text):
        s = hit.start("verb")
        pair = _pair_before(ms, text, base, s)
        if pair is None:
            continue
        a, b = pair
        caller = next((r.source for r in found if r.type in _CONTACT and r.target == a.entity and r.source
                       and r.trigger_start < a.start - base), None)  # (of "to A and to B", the verb takes A)
        if caller is None or caller in (a.entity, b.entity):
            continue
        targets: list[str | None] = [a.entity, b.entity]
        head = (hit.group("head") or "").lower()
        if head in _STATES_MEANT:  # "both governments" of two people: the states they serve
            targets = [affiliation.get(t or "") if t and t.startswith("Person:") else t for t in targets]
        status = status_of(text, 0, s, "DEMANDS")
        for t in targets:
            if t and t != caller and not any(r.source == caller and r.type == "DEMANDS" and r.target == t
                                             for r in found + out):
                out.append(RawRelation(caller, "DEMANDS", t, sent, s, hit.group("verb"), status, 0.6))
    return out


def _pair_before(ms: list[Mention], text: str, base: int, s: int) -> tuple[Mention, Mention] | None:
    """The last two names joined by "and" before ``s`` (and not a list of three), both people, states or bodies."""
    left = [m for m in ms if m.end - base <= s and m.kind in ("Person", "Country", "Organization")]
    for k in range(len(left) - 1, 0, -1):
        a, b = left[k - 1], left[k]
        if _PAIR_GAP.fullmatch(text, a.end - base, b.start - base) and a.entity != b.entity \
                and not (k >= 2 and re.fullmatch(r"\s*,\s*", text[left[k - 2].end - base : a.start - base])):
            return a, b
    return None
