"""A sanction or designation is the state's act, whichever of its bodies announces it.

"The U.S. Treasury Department sanctioned X", "Britain's Foreign Office added X to its list", "the State
Department designated X": analysts (and the sanctions lists themselves) record the measure as the United
States' or the United Kingdom's. The body stays an actor for what it says ("the Treasury said X financed
..."); only the measure moves to the state: the country named in the body's name or just before it ("U.S.",
"Britain's"), else the state a body of that name belongs to ("State Department": the United States). So does a
cooperation pact a head of state or government signs ("President X signed a defence cooperation pact with Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.relations import RawRelation

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_MEASURES = frozenset({"SANCTIONS", "DESIGNATES", "EASES_SANCTIONS"})
# ... and so is a protest a ministry lodges: "Britain's Foreign Office summoned the Chinese ambassador"
_STATE_ACTS = _MEASURES | {"PROTESTS"}
_BODY_WORDS = frozenset("treasury department ministry office".split())
# bodies known by a name without their country
_KNOWN_BODIES = {("state", "department"): "United States", ("department", "of", "state"): "United States",
                 ("treasury", "department"): "United States", ("department", "of", "the", "treasury"): "United States",
                 ("office", "of", "foreign", "assets", "control"): "United States", ("ofac",): "United States",
                 ("foreign", "office"): "United Kingdom", ("home", "office"): "United Kingdom",
                 ("foreign", "commonwealth", "and", "development", "office"): "United Kingdom",
                 ("hm", "treasury"): "United Kingdom"}
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:the\s+)?$")


# a cooperation pact ("signed a defence cooperation pact with Y") binds the state whoever signs it for the state
_PACT = re.compile(r"\b(?:pact|agreement|accord|treaty|deal|memorand\w*|framework|arrangement)s?\b")


def measures_to_states(rels: list[RawRelation], table: EntityTable) -> None:
    moved: dict[tuple[int, str], str] = {}  # (sentence, body) -> the state its measure or protest went to
    leads = {r.source: r.target for r in rels
             if r.type == "LEADS" and r.source and (r.target or "").startswith("Country:")}
    for r in rels:
        if r.type == "COOPERATES_WITH" and r.source in leads and _PACT.search(r.trigger_text.lower()) \
                and leads[r.source] != r.target:
            r.source = leads[r.source]  # "President X signed a cooperation pact with Y": X's state cooperates
            continue
        summons = r.type == "MEETS_WITH" and r.trigger_text.lower().startswith("summon")  # a protest's meeting
        if r.type not in _STATE_ACTS and not summons or not r.source or not r.source.startswith("Organization:"):
            continue
        ent = table.entities.get(r.source)
        if ent is None or not set(ent.tokens) & _BODY_WORDS and ent.tokens != ("ofac",):
            continue
        state = state_of_body(r.source, r, table)
        if state is not None and state != r.target:
            moved[(id(r.sentence), r.source)] = state
            r.source = state
    for r in rels:  # "Britain's Foreign Office summoned X and described the measures as ...": the state's protest
        state = moved.get((id(r.sentence), r.source or ""))
        if r.type == "ACCUSES" and state is not None and state != r.target:
            r.source = state


def state_of_body(body: str, r: RawRelation, table: EntityTable) -> str | None:
    """The country (entity key) a state body belongs to, by its name, the possessive before it in ``r``'s
    sentence, or the body's known name; None for a body that names no state."""
    ent = table.entities.get(body)
    if ent is None or ent.kind != "Organization":
        return None
    country = _country_in_name(ent.name) or _possessor(r, table) or _KNOWN_BODIES.get(_unqualified(ent.tokens))
    if country is None:
        return None
    state = table.add(country, "Country", ent.first)
    state.count = max(state.count, 1)
    return state.key


def _country_in_name(name: str) -> str | None:
    words = name.split()
    for i in range(len(words)):
        form = lexicon().country_at(words, i)
        if form is not None:
            return form[1].country
    return None


def _possessor(r: RawRelation, table: EntityTable) -> str | None:
    """ "Britain's Foreign Office sanctioned ...": the country whose possessive stands right before the body."""
    ms = table.mentions.get(id(r.sentence), [])
    for a, b in zip(ms, ms[1:], strict=False):
        if b.entity == r.source and a.kind == "Country" and a.entity and \
                _POSSESSIVE_BEFORE.search(r.sentence.text[a.start - r.sentence.start : b.start - r.sentence.start]):
            return table.entities[a.entity].name if a.entity in table.entities else None
    return None


def _unqualified(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The body's name without a leading country word ("us state department" -> "state department")."""
    words = list(tokens)
    while words and normalize_name(words[0]) in ("us", "u s", "uk", "british", "american", "the"):
        words.pop(0)
    return tuple(words)
