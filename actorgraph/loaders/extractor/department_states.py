"""An executive department known only by its generic name acts for its state in every relation.

"The State Department said X had funded ...", "the US Treasury said X laundered ...", "State Department officials
met X": analysts record these as the United States' acts, as they do "the foreign ministry"'s as its country's (the
annotated sets since blind3: "unnamed agencies ... are attributed to the country"). Sanctions and protests of any
ministry already move to the state (state_measures.py); this moves the rest, for the State Department and for the
departments whose name says whose they are ("the U.S. Treasury Department", "the British Home Office"). A bare
"the Treasury Department" stays an actor (the older sets and the probes record it so), and so does a named agency
("the Office of Foreign Assets Control", "the Ministry of State Security")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.state_measures import state_of_body

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_GENERIC_DEPARTMENTS = frozenset({("state", "department"), ("department", "of", "state"), ("treasury",),
                                  ("treasury", "department"), ("department", "of", "the", "treasury"),
                                  ("foreign", "office"), ("home", "office")})
_STATE_DEPARTMENT = frozenset({("state", "department"), ("department", "of", "state")})  # the United States' only
# the country words a department's name may open with (normalised: "U.S." is "u s")
_COUNTRY_WORDS = frozenset("the u s k us uk united states kingdom american british".split())


def departments_to_states(rels: list[RawRelation], table: EntityTable) -> list[RawRelation]:
    """``rels`` with each such department that is a party replaced by its state; a relation left between a state
    and itself is dropped."""
    departments = {key for key, ent in table.entities.items() if ent.kind == "Organization" and _stands_for_state(ent.tokens)}
    if not departments:
        return rels
    out = []
    for r in rels:
        for end in ("source", "target"):
            body = getattr(r, end)
            if body in departments and (state := state_of_body(body, r, table)) is not None:
                setattr(r, end, state)
        if not (r.source and r.source == r.target):
            out.append(r)
    return out


def _stands_for_state(tokens: tuple[str, ...]) -> bool:
    """The State Department, or a generic department whose name opens with its country's."""
    words = list(tokens)
    while words and words[0] in _COUNTRY_WORDS:
        words.pop(0)
    name = tuple(words)
    return name in _STATE_DEPARTMENT or name in _GENERIC_DEPARTMENTS and len(name) < len(tokens) and tokens[0] != "the"
