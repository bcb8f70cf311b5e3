"""An allegation the accused denies is a denied claim, not only an alleged one:
"Estonia accused Russia of arming the Narva Front. Moscow rejected the accusation." makes
Russia -AIDS-> Narva Front *denied*. At once (same or next sentence) the denial must answer the accuser of the
same sentence; later in the article any denial by the accused answers a charge of an act or a dealing (aid, attack,
build-up, ties) — not a claim about a role or a membership, which a denial further on seldom answers."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.relations import RawRelation

_ROLE_TYPES = frozenset({"LEADS", "MEMBER_OF", "HOLDS_POSITION", "FAMILY_OF"})


def mark_denied_allegations(raw: list[RawRelation]) -> None:
    """Set ``DENIED`` on alleged relations whose accused source denies their accuser in the same or the next
    sentence, or denies anything in the same or a later sentence when the charge is an act (in place)."""
    denials: dict[tuple[str | None, str | None], set[int]] = {}
    for r in raw:
        if r.type == "DENIES" and r.status in (RelationStatus.ASSERTED, RelationStatus.REPORTED):
            denials.setdefault((r.source, r.target), set()).add(r.sentence.index)
    if not denials:
        return
    denied_by: dict[str | None, int] = {}  # accused -> the last sentence in which they deny something
    for (who, _), at in denials.items():
        denied_by[who] = max(denied_by.get(who, -1), *at)
    for r in raw:
        if r.status != RelationStatus.ALLEGED or r.type in ("ACCUSES", "DENIES") or not r.source:
            continue
        accusers = {a.source for a in raw if a.type == "ACCUSES" and a.target == r.source
                    and a.sentence.index == r.sentence.index and a.source}
        at_once = {r.sentence.index, r.sentence.index + 1}
        if any(denials.get((r.source, who), set()) & at_once for who in accusers) \
                or (r.type not in _ROLE_TYPES and denied_by.get(r.source, -1) >= r.sentence.index):
            r.status = RelationStatus.DENIED
