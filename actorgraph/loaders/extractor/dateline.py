"""A news dateline ("LIMA, May 3 (Wire) — ...", "OSLO/STOCKHOLM — ...") opening the text: the place the
story was filed from is not an actor, and a single capital in it names the country the article is about,
whose head of state a bare "President X" most likely is."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.text import tokenize

_UP = "A-ZÀ-ÖØ-Þ"  # capitals, with the accented ones of Latin-1 ("ASUNCIÓN", "BOGOTÁ")
_PLACE = rf"[{_UP}][{_UP}.'’\-]*[{_UP}.](?:\s+[{_UP}][{_UP}.'’\-]*[{_UP}.]){{0,3}}"
# place(s) in capitals, then an optional date ("March 13", "Oct. 3", "13 March") and agency ("(Reuters)"), then a dash
_DATELINE = re.compile(
    rf"^\s*(?P<places>{_PLACE}(?:\s*/\s*{_PLACE}){{0,2}})"
    r"(?:\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:\s*,\s*\d{4})?)?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Dateline:
    end: int  # offset in the text just after the dash and its space
    places: tuple[str, ...]  # as written in title case: ("Lima",), ("Oslo", "Stockholm")


def find_dateline(text: str) -> Dateline | None:
    m = _DATELINE.match(text)
    if m is None:
        return None
    places = tuple(p.strip().title() for p in m.group("places").split("/"))
    if any(len(p.replace(".", "")) < 3 for p in places):  # "US - ...", "UN - ...": an actor opening the text
        return None
    return Dateline(m.end(), places)


def dateline_country(dateline: Dateline | None, lex: Lexicon) -> str | None:
    """The country of the one place a dateline names, when that place is a capital or a country
    ("Guatemala City", "Tegucigalpa"); ``None`` for an unknown town or a story filed from two capitals."""
    if dateline is None or len(dateline.places) != 1:
        return None
    if _fold(dateline.places[0]) in {_fold(" ".join(k)) for k in lex.body_seats}:
        return None  # "BRUSSELS, May 3": filed from the EU's seat, which says nothing of the story's state
    words = [t.text for t in tokenize(dateline.places[0])]
    hit = lex.country_at(words, 0)
    if hit is None or hit[0] != len(words) or hit[1].role == "demonym":
        return _unaccented_place(words, lex)
    return hit[1].country


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


_FOLDED: dict[int, dict[tuple[str, ...], str]] = {}


def _unaccented_place(words: list[str], lex: Lexicon) -> str | None:
    """ "MALE", "LOME", "ASUNCION": capitals set in upper case often drop their accents (Malé, Lomé)."""
    table = _FOLDED.get(id(lex))
    if table is None:
        table = {tuple(_fold(w) for w in key): form.country for key, form in lex.countries.items()
                 if form.role != "demonym"}
        _FOLDED[id(lex)] = table
    return table.get(tuple(_fold(w) for w in words))
