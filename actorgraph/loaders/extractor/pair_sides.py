""""Both sides" / "the two sides" as the object of a call, an offer or pressure: the two parties of the
conflict in progress ("Federal troops and Jubaland forces fought ... Kenya is pressing both sides to meet"),
not merely the two countries talked about most (coref's first guess, which may be a far-off sanctioning
power): the pair the story has set against each other most often so far, so that a side act told last (a
rejection of a court, a third state's protest) does not take its place. Only parties that are states or
organisations count as sides."""

from __future__ import annotations

import re
from collections import Counter

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation

_CONFLICT = ("ATTACKS", "THREATENS", "MOBILIZES_AGAINST", "ACCUSES", "PROTESTS", "COERCES")
_SIDE_KINDS = ("Country:", "Organization:")
# acts only threatened or denied set no one against each other ("the bloc could expel X": not the story's dispute)
_UNDONE = (RelationStatus.HYPOTHETICAL, RelationStatus.NEGATED)
_STATES_MEANT = re.compile(r"\b(?:countries|capitals|governments|nations|states|neighbou?rs)\b", re.I)


def conflict_sides(raw: list[RawRelation], mentions: dict[int, list[Mention]]) -> None:
    """Re-point relations whose party came from a "both sides" mention at the latest conflict's two sides."""
    for idx, r in enumerate(raw):
        pair = next((m for m in mentions.get(id(r.sentence), []) if m.via in ("pair", "group-of-2") and m.entity), None)
        if pair is None or r.props.get("pair_anaphor") and pair.via == "pair":
            continue
        sides = [pair.entity, *pair.also]
        if pair.via == "group-of-2":  # "the two countries": the two just listed, unless they are at odds with each
            _bystanders(raw[:idx], r, sides, mentions)  # other only here and the story's dispute is another pair's
            continue
        after = pair.start - r.sentence.start > r.trigger_start  # "urged both sides": the object
        if (r.target if after else r.source) not in sides or (r.source in sides and r.target in sides):
            continue  # "a meeting between officials from both sides": the pair itself, left as coref read it
        parties = _main_pair(raw[:idx], r)  # the story's main dispute, not merely the latest act
        if parties is None or set(parties) == set(sides):
            continue  # (the sides coref found are the story's: "met the X Front ... host both sides" keeps X)
        mapping = {sides[0]: parties[0], sides[-1]: parties[1]} if len(sides) == 2 else {}
        if _STATES_MEANT.search(pair.surface):  # "urged both countries": a banned group or a ministry is no side
            mapping = {side: party for side, party in mapping.items() if party and party.startswith("Country:")}
        if after and r.target in mapping:
            r.target = mapping[r.target]
        elif not after and r.source in mapping:
            r.source = mapping[r.source]


def _main_pair(earlier: list[RawRelation], r: RawRelation) -> tuple[str, str] | None:
    """The two states or bodies the story has set against each other most often so far (on a tie, the pair
    named latest), neither of them the speaker; one act counts once ("A and B clashed": each attacks the other)."""
    pairs: dict[frozenset[str], list[int]] = {}
    counted: set[tuple[frozenset[str], int, int]] = set()
    heads = {e.source: e.target for e in earlier if e.type == "LEADS" and e.source and e.target
             and e.source.startswith("Person:") and e.target.startswith(_SIDE_KINDS)}
    for k, e in enumerate(earlier):
        # a leader's act is their side's: "the regional premier, X, accused Baghdad ..." (X leads the region)
        target = e.target  # (what is done to a leader is not done to their side: "removed the bank's governor")
        source = heads.get(e.source or "", e.source) if target and target.startswith(_SIDE_KINDS) else e.source
        if e.type in _CONFLICT and source and target and e.sentence is not r.sentence and e.status not in _UNDONE \
                and source.startswith(_SIDE_KINDS) and target.startswith(_SIDE_KINDS) \
                and r.source not in (source, target) and source != target:
            pair = frozenset((source, target))
            seen = pairs.setdefault(pair, [0, k])
            act = (pair, id(e.sentence), e.trigger_start)
            seen[0], seen[1] = seen[0] + (act not in counted), k
            counted.add(act)
    if not pairs:
        return None
    best = max(pairs, key=lambda p: tuple(pairs[p]))
    a, b = sorted(best)
    return a, b


def _bystanders(earlier: list[RawRelation], r: RawRelation, sides: list[str | None],
                mentions: dict[int, list[Mention]]) -> None:
    """ "Chile and Peru clashed ... Brazil and Argentina issued statements. The two countries have since accused
    each other ...": a conflict between the two states last listed that the story never set against each other
    is the dispute of the story's two most named states, told again, when the story set those against each other."""
    if r.type not in _CONFLICT or len(sides) != 2 or {r.source, r.target} != set(sides):
        return
    if any({e.source, e.target} == set(sides) for e in earlier if e.type in _CONFLICT):
        return
    named = Counter(m.entity for ms in mentions.values() for m in ms
                    if m.entity and m.entity.startswith("Country:") and m.entity not in sides)
    parties = tuple(key for key, _ in named.most_common(2))
    if len(parties) != 2 or not any({e.source, e.target} == set(parties) for e in earlier if e.type in _CONFLICT):
        return
    forward = r.source == sides[0]
    r.source, r.target = parties if forward else parties[::-1]
