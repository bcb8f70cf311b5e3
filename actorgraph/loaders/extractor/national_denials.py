"""A state answers for its own people: "Peru accused Chilean fishermen of raiding its waters. Chile denied that its
fishermen had crossed the line" / "Kenya arrested three Ugandan nationals ... Uganda denied that its nationals were
involved" -> Chile DENIES Peru, Uganda DENIES Kenya. The charge or measure was on a group (or person) of the
denier's nationality, which the denial names as "its nationals/citizens/soldiers/fishermen ..."; for whom that
denial answers, such a group stands on the denying state's side."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.relations import RawRelation

# the state's own people named in what it denies: "denied that its nationals took part", "rejected claims that
#   Chinese vessels ... its fishing boats"
_ITS_PEOPLE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:nationals|citizens|soldiers|troops|forces|"
                         r"servicemen|sailors|seamen|fishermen|fishing\s+boats|trawlers|pilots|officers|agents|"
                         r"diplomats|mercenaries|volunteers|contractors|crews?|companies|firms|vessels|ships|boats|"
                         r"guards|border\s+guards|police|military|army|navy|coast\s+guard|intelligence\s+services?)\b",
                         re.I)
_REACH = 200  # characters after the word of denial


def own_people_side(r: RawRelation, table: EntityTable,
                    same_side: Callable[[str | None, str | None], bool]) -> Callable[[str | None, str | None], bool]:
    """``same_side`` for whom the denial ``r`` answers: widened, when a state denies what its own people are
    charged with, to the groups and people of its nationality."""
    if r.type != "DENIES" or not (r.source or "").startswith("Country:") or not _ITS_PEOPLE.search(
            r.sentence.text, r.trigger_start, r.trigger_start + _REACH):
        return same_side
    state = r.source

    def widened(a: str | None, b: str | None) -> bool:
        if same_side(a, b):
            return True
        other = a if b == state else b if a == state else None
        ent = table.entities.get(other or "")
        return ent is not None and ent.kind in ("Group", "Person") and ent.country == state

    return widened
