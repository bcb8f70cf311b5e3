"""A state's organs named by their generic name ("the Supreme Court", "the Foreign Office", "the US Treasury",
"Britain's Interior Ministry", "the Senate") stand for the state when they act, and are bodies of their own when
a relation involves them. Named only in passing ("a ruling upheld by the Supreme Court last year", "the State
Department's annual report") they are neither: an organ of that shape in no relation is left out of the
extraction. Organs with a name of their own ("the Constitutional Court", "the State Security Court", "the
National Assembly") are kept."""

from __future__ import annotations

from collections.abc import Callable

from actorgraph.graph.model import Actor
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.lexicon import Lexicon

# the portfolio or rank word of a generic organ, and the organ's head noun
_MODIFIERS = frozenset("supreme high state foreign justice interior treasury home royal defence defense finance".split())
_HEADS = frozenset("court department office ministry navy".split())
_BARE = frozenset(("senate", "treasury"))


def generic_state_organ(lex: Lexicon, name: str) -> bool:
    """ "Supreme Court", "US State Department", "British Foreign Office", "Treasury": a portfolio word and a
    head noun (or one bare word), after an optional country form or demonym."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    c = lex.country_at(words, 0)
    if c and c[0] < len(words):
        words = words[c[0] :]
    lower = [w.lower() for w in words]
    return len(lower) == 1 and lower[0] in _BARE or len(lower) == 2 and lower[0] in _MODIFIERS and lower[1] in _HEADS


def without_idle(extraction: Extraction, idle: Callable[[Actor], bool]) -> Extraction:
    """The extraction less the actors in no relation (as a party or as its source) for which ``idle`` holds."""
    used = {x for r in extraction.relations for x in (r.source, r.target, r.attributed_to) if x}
    drop = {a.id for a in extraction.actors if a.id not in used and idle(a)}
    if drop:
        extraction.actors = [a for a in extraction.actors if a.id not in drop]
        extraction.mentions = {k: v for k, v in extraction.mentions.items() if k not in drop}
    return extraction


def without_idle_state_organs(extraction: Extraction, lex: Lexicon) -> Extraction:
    return without_idle(extraction, lambda a: a.kind == "Organization" and generic_state_organ(lex, a.name))
