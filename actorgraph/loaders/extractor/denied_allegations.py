"""An allegation the accused denies right after it is a denied claim, not only an alleged one:
"Estonia accused Russia of arming the Narva Front. Moscow rejected the accusation." makes
Russia -AIDS-> Narva Front *denied*. The denial must come from the accused, answer the accuser of the
same sentence and follow at once (same or next sentence): a denial further on may answer another claim."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.relations import RawRelation


def mark_denied_allegations(raw: list[RawRelation]) -> None:
    """Set ``DENIED`` on alleged relations whose accused source denies their accuser in the same or the next
    sentence (in place)."""
    denials: dict[tuple[str | None, str | None], set[int]] = {}
    for r in raw:
        if r.type == "DENIES" and r.status in (RelationStatus.ASSERTED, RelationStatus.REPORTED):
            denials.setdefault((r.source, r.target), set()).add(r.sentence.index)
    if not denials:
        return
    for r in raw:
        if r.status != RelationStatus.ALLEGED or r.type in ("ACCUSES", "DENIES") or not r.source:
            continue
        accusers = {a.source for a in raw if a.type == "ACCUSES" and a.target == r.source
                    and a.sentence.index == r.sentence.index and a.source}
        at_once = {r.sentence.index, r.sentence.index + 1}
        if any(denials.get((r.source, who), set()) & at_once for who in accusers):
            r.status = RelationStatus.DENIED
