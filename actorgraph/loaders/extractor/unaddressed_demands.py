"""Demands with no one named to meet them: "The farmers' federation demanded the withdrawal of troops from the
villages", "The union demanded that employers be allowed to pay in dollars", "Thousands rallied, demanding new
elections". A group, party or person at home making a demand of no one in particular makes it of the state the story
is about (its dateline's, else the most named); a foreign state, a body of several states ("the European Union",
"the African Union") or someone serving another state is not read so. Only the plain verb ("demanded", ", demanding")
counts: "urged", "asked" and "called on" name whom they address."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.calm_appeals import CALM_APPEAL
from actorgraph.loaders.extractor.story_states import document_home

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable
    from actorgraph.loaders.extractor.relations import RawRelation

# words of the names of bodies of several states, which demand things of states rather than at home
_SUPRANATIONAL = frozenset("european union united nations international world african asian arab atlantic "
                           "commission council parliament bank fund".split())

_OWNED_OBJECT = re.compile(r"\s+(?:the\s+[\w\-]+(?:\s+[\w\-]+)?\s*['’]s?|his|her|their|its)\s")


def unaddressed_demand(low: str, s: int, e: int) -> bool:
    """The trigger ``low[s:e]`` is a demand verb that may leave its addressee unnamed."""
    verb = low[s:e]
    if _OWNED_OBJECT.match(low, e):
        return False  # "demanded the minister's resignation", "demanded his release": of someone named before
    return verb == "demanded" or (verb == "demanding" and low[max(0, s - 2) : s] == ", ")


def home_demand(r: RawRelation, table: EntityTable, affiliation: dict[str, set[str]]) -> list[str]:
    """The state an unaddressed demand is made of, as a one-item list (empty when the demander is not at home)."""
    if r.type != "DEMANDS" or not r.source or r.source.startswith("Country:") or r.target is not None \
            or CALM_APPEAL.search(r.trigger_text):
        return []  # ("called for a ceasefire": of the sides of a conflict, never of the speaker's own state)
    ent = table.entities.get(r.source)
    if ent is None or (ent.kind == "Organization" and set(ent.tokens) & _SUPRANATIONAL):
        return []
    home = document_home(table)
    sides = {a for a in affiliation.get(r.source, set()) if a.startswith("Country:")}
    if home is None or (sides and home not in sides) or (ent.country and ent.country != home):
        return []
    return [home]
