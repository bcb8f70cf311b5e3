"""Whom criticism of "the law" is aimed at when the sentence names no one: the state whose law, decree or order
the story is about. "Georgia passed a foreign agents law in May. ... The United States has also criticised the
law." -> United States ACCUSES Georgia; "Trinidad and Tobago declared a state of emergency ... The bar association
criticised the order" -> the bar association ACCUSES Trinidad and Tobago.

A definite "the law" (or "the decree", "the draft law", "the new order") in a news story takes up the measure the
story opened with, so the state is the one named right next to the first law noun of the text: "X's law", "X's
enforcement of a law", "X passed / adopted / declared a ...", "against X over a law", "a law passed by X". A law
later named of another state ("Hungary's own NGO law was struck down") is a comparison, not the story's law; and
a critic on the law's own side (its minister, its president) accuses no one by it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.text import has_part

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable
    from actorgraph.loaders.extractor.relations import RawRelation

# a law, decree or order, as the story's first one may be told (not "in order to", "law and order")
_LAW = re.compile(r"\b(?:laws?|decrees?|bills?|legislation|ordinances?|amendments?|(?<!in\s)(?<!and\s)(?:executive\s+)?orders?|"
                  r"state\s+of\s+emergency)\b(?!\s+(?:enforcement|firms?|makers?|schools?|society|students?|and\s+order|of\s+the\s+sea)\b)",
                  re.I)
# what may stand between a state named before the law noun and the noun: "X's (enforcement of a) new law", "X passed
#   a law", "X declared a state of emergency", "X over a law"; no clause break
_BEFORE_GAP = re.compile(r"^(?:['’]s?)?\s+(?:[\w\-’']+\s+){0,5}$")
# ... and after it: "a law passed by X", "a decree issued in X", "the order signed by X's president"
_AFTER_GAP = re.compile(r"^\s+(?:(?:passed|adopted|approved|enacted|issued|signed|introduced|imposed|declared)\s+)?"
                        r"(?:by|in)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
_REACH = 40  # characters between the state's name and the law noun
_PARTS = ("law", "decree", "bill", "legislation", "ordinance", "amendment", "order", "emergency")


def _law_state(table: EntityTable, until: int) -> str | None:
    """The state named next to the first law noun of the text, in the sentences before index ``until``."""
    for sent in table.sentences:
        if sent.index >= until:
            break
        text = sent.text
        if sent.headline or not has_part(text, _PARTS):
            continue
        states = [m for m in table.mentions.get(id(sent), []) if m.kind == "Country" and m.entity]
        if not states:
            continue
        for law in _LAW.finditer(text):
            for m in states:
                s, e = m.start - sent.start, m.end - sent.start
                if 0 <= law.start() - e <= _REACH and _BEFORE_GAP.match(text[e : law.start()]) \
                        or 0 <= s - law.end() <= _REACH and _AFTER_GAP.match(text[law.end() : s]):
                    return m.entity
    return None


def law_makers(r: RawRelation, table: EntityTable, same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    """The state of the story's law, for an accusation of "the law" that names no one."""
    if r.type != "ACCUSES" or r.props.get("event") != "LAW" or not r.source:
        return []
    state = _law_state(table, r.sentence.index + 1)
    return [state] if state and not same_side(state, r.source) else []
