"""An attack on a state's forces named only by their number or function is an attack on the story's state.

"Rebels ambushed an army post, killing two soldiers", "its fighters had killed 23 soldiers", "the group had
attacked police officers", "killed dozens of soldiers in an attack on a base": soldiers, troops or police
officers given no nationality serve the state the story is set in (the trigger rules already give "30 Somali
soldiers" to Somalia). Not when the attacker is that state or its own forces, nor for people who are no state
force ("killing four civilians").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import STATE_FORCES
from actorgraph.loaders.extractor.relations import RawRelation

_FORCE_WORDS = STATE_FORCES | frozenset({"gendarmes", "policeman", "soldier", "officer", "guard"})


def attacks_on_state_forces(found: list[RawRelation], mentions: list[Mention], story_state: Callable[[], str | None],
                            affiliation: dict[str, str]) -> list[RawRelation]:
    out: list[RawRelation] = []
    groups: dict[str, Mention] | None = None
    for r in found:
        if r.type != "ATTACKS" or not r.source or not r.target or not r.target.startswith("Group:"):
            continue
        if groups is None:
            groups = {m.entity: m for m in mentions if m.kind == "Group" and m.entity}
        if r.target not in groups:
            continue
        group = groups[r.target]
        if group.country or group.surface.lower().split()[-1] not in _FORCE_WORDS:
            continue  # "30 Somali soldiers": the trigger rules name the state
        state = story_state()
        if state is None or r.source == state or affiliation.get(r.source) == state \
                or r.source.startswith("Country:"):
            continue  # the state (or another state's army: a war the trigger rules tell) attacking
        if any(x.source == r.source and x.type == "ATTACKS" and x.target == state for x in found + out):
            continue
        out.append(dataclasses.replace(r, target=state, props={}))
    return out
