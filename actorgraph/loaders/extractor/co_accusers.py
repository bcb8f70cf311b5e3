""" "The United States and Britain imposed sanctions on X, accusing it of ... X rejected the allegations": a
denial answers every party of the accusation it answers that was made by one verb with coordinated subjects (each
a relation of its own, same sentence and trigger), not only the one the discourse rule picked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.relations import RawRelation


def co_accusers(r: RawRelation, accuser: str, earlier: list[RawRelation],
                same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    """The other accusers sharing the trigger of ``accuser``'s latest accusation of the denier's side."""
    charge = next((e for e in reversed(earlier) if e.type == "ACCUSES" and e.source == accuser and e.target
                   and same_side(e.target, r.source)), None)
    if charge is None:
        return []
    return list(dict.fromkeys(
        x.source for x in earlier if x is not charge and x.type == "ACCUSES" and x.sentence is charge.sentence
        and x.trigger_start == charge.trigger_start and x.target == charge.target and x.source
        and x.source != accuser and not same_side(x.source, r.source)))
