"""Which state a sentence or a story is about: the country a sentence opens with as the subject of a bare
title, the story's most-named state (so far, or in the whole document), and the states named so far in order
of mentions."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable


_QUOTE_OPEN = re.compile(r"\s*[\"“‘']")
_IN_PHRASE = re.compile(r"\b(?:to|from|with|in|on|into|against|for|at|of)\s+(?:the\s+)?$")


def opening_country(sent: Sentence, mentions: list[Mention]) -> str | None:
    """ "Mexico, which ..., will go on, President X told reporters": a bare state title belongs to the
    country the sentence opens with when it is the subject and no other country or organisation is named
    before the title."""
    first = mentions[0] if mentions else None
    if first is None or first.kind != "Country" or first.possessive or first.start - sent.start > 3 or not first.entity \
            or _QUOTE_OPEN.match(sent.text):
        return None  # ('"Lima is lying," spokeswoman X said': the quoted clause's subject, not the speaker's state)
    person = next((m for m in mentions if m.kind == "Person" and m.title is not None), None)
    if person is None or any(m.kind in ("Country", "Organization") and m.entity != first.entity
                             and not _IN_PHRASE.search(sent.text[: m.start - sent.start])
                             for m in mentions if m.start < person.start):
        return None  # another state or body named before the title, outside a prepositional phrase
    return first.entity


def home_country(counts: Counter[str], table: EntityTable) -> str | None:
    if not counts:
        return None
    # the most counted; on a tie the first mentioned (insertion order: max keeps the first of equals)
    return max(counts, key=counts.__getitem__)


def document_home(table: EntityTable) -> str | None:
    """The state the whole document is about, once it is read: the dateline's, else the most named country (on a
    tie the first named)."""
    if table.home in table.entities:
        return table.home
    countries = table.of_kind("Country")
    return min(countries, key=lambda c: (-c.count, c.first)).key if countries else None


def states_by_count(counts: Counter[str]) -> list[str]:
    """The states named so far, the most named first (on a tie the first named)."""
    return sorted(counts, key=counts.__getitem__, reverse=True)  # a stable sort: ties stay in insertion order


def country_name(norm: str) -> str:
    for name in lexicon().country_names:
        if normalize_name(name) == norm:
            return name
    return norm.title()


