"""One-word names the story itself uses as places. A capitalised word met once in an actor's place ("X accused
Y", "ready to send a plane to X") is taken for a body by ``single_names`` when nothing says what it is; but a
word the same story files from ("SFAX, Tunisia —") or puts after a preposition of place ("a station near X",
"gathered in X", "ordered to leave X") is a town, and a town in an actor's place stands for its authorities or
people, which are not a body of that name (a capital standing for its state is ``Country``, not this)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

# the words right before a place: prepositions of place, and verbs of leaving and reaching ("leave X"); not "in"
# after a holding ("a stake in X": a firm)
_PLACE_BEFORE = r"(?:(?<!stake )(?<!stakes )(?<!shares )(?<!interest )(?<!investment )(?<!role )in|into|near|outside|inside|around|across|throughout|within|leave|left|reached|entered)"
# "to" and "from" say a place only after a means or a verb of travel ("a plane ... to X", "leave by bus from X",
# "a cable that links the island to X"); "aid to X", "a letter from X" name parties
_TRAVEL_BEFORE = (r"(?:bus|buses|plane|planes|flight|flights|ship|ships|boat|boats|ferry|road|roads|route|routes|"
                  r"cable|cables|pipeline|links?|linked|linking|travel(?:led|ed|s)?|flew|flown|fly|sail(?:ed|s)?|"
                  r"returned|drove|driven|deported|fled|escaped|headed|moved|transferred)"
                  r"\s+(?:[\w\-]+\s+){0,8}?(?:to|from)")
# after the name: not a possessive, a hyphenated modifier or another capitalised word ("in X-held areas" is still
# a place, but "in X Province" is a longer name's)
_PLACE_AFTER = r"(?![\w'’\-]|\s+[A-Z])"
# how a mention of a one-word body guessed from its bare name came: none names it by a cue or a known name
_GUESSED = frozenset({"single", "headline"})
# a town with a government of its own, whose head or organs the story names ("X's regional president, Y"): a
# polity, which may lead, demand and be demanded of
_OWN_GOVERNMENT = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+)?(?:president|governor|mayor|premier|leader|head|chief|"
                             r"government|administration|council|assembly|authorities)\b")


def used_as_place(name: str, sentences: list[Sentence], lex: Lexicon | None = None) -> bool:
    """Whether the story names the one-word ``name`` as a place: first in its dateline, after a preposition of
    place, or paired with a state's seat ("talks between Baghdad and X": two cities, each standing for those who
    govern from it); outside headlines, whose wording is clipped. Asked only of names about to become bodies."""
    upper = name.upper()
    pattern: re.Pattern[str] | None = None
    for sent in sentences:
        text = sent.text
        if sent.headline:
            continue
        if text.startswith(upper) and text[len(upper) : len(upper) + 1] in (",", "/", " "):
            return True  # "SFAX, Tunisia, May 3 —"
        if name not in text:
            continue
        if pattern is None:
            word = re.escape(name)
            pattern = re.compile(rf"\b(?:{_PLACE_BEFORE}|{_TRAVEL_BEFORE})\s+{word}{_PLACE_AFTER}"
                                 rf"|\b(?P<before>[A-Z][\w'’\-]*)\s+and\s+{word}{_PLACE_AFTER}"
                                 rf"|\b{word}\s+and\s+(?P<after>[A-Z][\w'’\-]*)\b")
        for hit in pattern.finditer(text):
            other = hit.group("before") or hit.group("after")
            if other is None or lex is not None and _seat(lex, other):
                return True
    return False


def _seat(lex: Lexicon, word: str) -> bool:
    form = lex.countries.get((word,))
    return form is not None and form.role == "seat"


def drop_town_bodies(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]],
                     lex: Lexicon) -> None:
    """Unmake the one-word bodies only ever guessed from a bare name (never from a cue word, a known name or a
    quoted outlet) whose name the story also uses as a place: their mentions name no actor."""
    towns = {e.key for e in table.entities.values()
             if e.kind == "Organization" and len(e.tokens) == 1 and not e.outlet and e.name.isalpha()
             and not e.name.isupper() and used_as_place(e.name, sentences, lex)}
    if not towns:
        return
    found = [(sent, m) for sent, ms in zip(sentences, mentions, strict=True) for m in ms if m.entity in towns]
    towns -= {m.entity for sent, m in found if m.via not in _GUESSED
              or m.possessive and _OWN_GOVERNMENT.match(sent.text, m.end - sent.start) is not None}
    for _, m in found:
        if m.entity in towns:
            m.entity = None
    for key in towns:
        del table.entities[key]
