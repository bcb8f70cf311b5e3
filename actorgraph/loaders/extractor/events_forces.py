"""Attacks on a state's unnamed forces: "CPC units attacked a convoy, killing four soldiers", "the group
ambushed a police patrol, killing three officers". The soldiers are a casualty count, not a party; the
party attacked is the state they serve. With a demonym ("killing 30 Somali soldiers") relations.py names
the state itself; without one it is the country the sentence is set in (the article's home state, as for a
bare title), unless that is the attacker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # relations.py imports this module
    from actorgraph.loaders.extractor.relations import RawRelation

FORCES_OF_HOME = "forces_of"  # prop of an attack on unnamed state forces whose state is the sentence's home


def home_forces(found: list[RawRelation], home: str | None) -> list[RawRelation]:
    """Give the home state to the attacks on its unnamed forces; drop them when there is none or the
    attacker is that state."""
    out: list[RawRelation] = []
    for r in found:
        if r.props.get(FORCES_OF_HOME):
            if not home or not home.startswith("Country:") or r.source == home:
                continue
            r.target = home
            del r.props[FORCES_OF_HOME]
        out.append(r)
    return out
