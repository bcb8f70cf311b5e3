"""Whose voice a person's words are: a leader or spokesperson speaks for the state, so a denial answers it."""

from __future__ import annotations

from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.relations import RawRelation


def state_voice(who: str, r: RawRelation, same_side, affiliation: dict[str, set[str]],  # type: ignore[no-untyped-def]
                table: EntityTable) -> str:
    """The accused denies an accusation its government made through a leader or spokesperson: that state."""
    sides = sorted(a for a in affiliation.get(who, ()) if a.startswith("Country:"))
    if who.startswith("Person:") and len(sides) == 1 and not same_side(sides[0], r.source) \
            and speaks_for_state(table, who) and not _domestic_rival(r.source, sides[0], affiliation, table):
        return sides[0]
    return who


def _domestic_rival(denier: str | None, state: str, affiliation: dict[str, set[str]], table: EntityTable) -> bool:
    """ "ABUJA - President X accused Governor Y of ... Y denied the president's accusation": a person of no other
    state, in a story filed from the leader's own country, answers the leader, not the state."""
    return bool(denier) and (denier or "").startswith("Person:") and table.home == state \
        and not any(a.startswith("Country:") for a in affiliation.get(denier or "", ()))


def speaks_for_state(table: EntityTable, person: str) -> bool:
    """A leader or a spokesperson speaks for the state, so a denial answers the state ("Prime Minister X said
    Minsk was waging an attack ... Loika dismissed the accusations" -> Lithuania); a minister or adviser
    accuses in their own name, and the denial answers them."""
    ent = table.entities.get(person)
    return ent is not None and (ent.leader or "spokes" in (ent.title or ""))
