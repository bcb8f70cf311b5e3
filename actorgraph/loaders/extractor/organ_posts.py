"""A post in a state's ministry or department is a post in the state: "X, a State Department spokesman",
"Russian Foreign Ministry spokeswoman X", "X, a senior Treasury official", "X, spokesman for India's External
Affairs Ministry" -> X HOLDS_POSITION the United States, Russia, India. Analysts record the state, not the
generic organ (which then is left out of the extraction when it takes part in nothing else, state_organs.py).
Organs with a name of their own ("the Taiwan Affairs Office", "the Ministry of Lands and Natural Resources")
and courts, chambers and armed services keep the post."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.state_measures import state_of_body
from actorgraph.loaders.extractor.state_organs import generic_state_organ

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

# the organs of government (not of justice, legislation or arms) whose staff serve the state as such
_OFFICE_HEADS = frozenset({"department", "ministry", "office", "treasury"})
# the foreign ministry by its longer names, after an optional country form
_FOREIGN_MINISTRY = frozenset({("foreign", "affairs", "ministry"), ("external", "affairs", "ministry"),
                               ("ministry", "of", "foreign", "affairs"), ("ministry", "of", "external", "affairs"),
                               ("department", "of", "state"), ("treasury", "department"),
                               ("department", "of", "the", "treasury")})


def _government_organ(name: str) -> bool:
    lex = lexicon()
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    c = lex.country_at(words, 0)
    rest = tuple(w.lower() for w in (words[c[0]:] if c and c[0] < len(words) else words))
    if rest in _FOREIGN_MINISTRY:
        return True
    return generic_state_organ(lex, name) and bool(rest) and rest[-1] in _OFFICE_HEADS


def posts_to_states(rels: list[RawRelation], table: EntityTable) -> None:
    """Turn each person's HOLDS_POSITION in a government organ into one in the organ's state (where the organ
    names or implies one); a post already recorded in that state is not repeated."""
    held = {(r.source, r.target) for r in rels if r.type == "HOLDS_POSITION"}
    for r in rels:
        if r.type != "HOLDS_POSITION" or not r.source or not r.source.startswith("Person:") \
                or not r.target or not r.target.startswith("Organization:"):
            continue
        ent = table.entities.get(r.target)
        if ent is None or not _government_organ(ent.name):
            continue
        as_agent = copy.copy(r)  # (state_of_body reads a possessive before the relation's source)
        as_agent.source = r.target
        state = state_of_body(r.target, as_agent, table)
        if state is None:
            continue
        r.target = state
        if (r.source, state) in held:
            r.props["duplicate_post"] = "true"
        held.add((r.source, state))
    rels[:] = [r for r in rels if not r.props.pop("duplicate_post", None)]


# a leader's staff ("X's spokeswoman, Y", "X's deputy, Y"): they serve what X leads; a lawyer or kin stays X's own tie
_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "deputy", "aide", "adviser", "advisor",
                    "chief of staff", "press secretary", "envoy", "special envoy"})


def staff_posts(rels: list[RawRelation]) -> None:
    """ "Doolub's spokeswoman, Nadia Ramdin", "Rusnac's deputy, Oleg Belous": a post in the one state or body the
    named leader LEADS in the document, rather than a tie between the two people."""
    leads: dict[str, set[str]] = {}
    for r in rels:
        if r.type == "LEADS" and r.source and r.target and r.source.startswith("Person:"):
            leads.setdefault(r.source, set()).add(r.target)
    for r in rels:
        if r.type != "ASSOCIATED_WITH" or not r.source or not r.source.startswith("Person:") \
                or r.trigger_text.lower() not in _STAFF:
            continue
        led = leads.get(r.target or "", set())
        if len(led) == 1:
            r.type, r.target = "HOLDS_POSITION", next(iter(led))
