"""A news dateline ("LIMA, May 3 (Wire) — ...", "OSLO/STOCKHOLM — ...", "SANTIAGO, Chile (AP) — ...", "LIMA"
alone on a line) and the furniture above it (a headline, a byline, a time stamp): the place the story was filed
from, the agency it credits, the writers and the time zone are not actors, and a single capital in the dateline
names the country the article is about, whose head of state a bare "President X" most likely is."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from actorgraph.loaders.extractor.dates import DATE_WORDS
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.text import tokenize

_UP = "A-ZÀ-ÖØ-Þ"  # capitals, with the accented ones of Latin-1 ("ASUNCIÓN", "BOGOTÁ")
# (the words of one place stand on one line: "COURT REPORT\n\nMANAGUA, Nov 5 -" is a section label, then the place)
_PLACE = rf"[{_UP}][{_UP}.'’\-]*[{_UP}.](?:[ \t]+[{_UP}][{_UP}.'’\-]*[{_UP}.]){{0,3}}"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:\s*,\s*\d{4})?"
# the state or country after the place ("LIMA, Peru", "AUSTIN, Texas"), not a date ("LIMA, Nov. 25")
_REGION = rf"(?![A-Z][a-z]{{2,8}}\.?\s+\d)[{_UP}][\w.'’\-]*(?:\s+[{_UP}][\w.'’\-]*){{0,2}}"
# place(s) in capitals, then an optional region, date ("March 13", "Oct. 3", "13 March") and agency ("(Reuters)")
_HEAD = (rf"(?P<places>{_PLACE}(?:\s*/\s*{_PLACE}){{0,2}})(?:\s*,\s*(?P<region>{_REGION}))?(?:\s*,\s*{_DATE})?"
         r"(?:\s*\([^()\n]{1,40}\))?")
_DATELINE = re.compile(rf"\s*{_HEAD}\s*(?:—|–|--|-)\s+(?=\S)")  # then a dash and the story
_PLACE_LINE = re.compile(rf"[ \t]*{_HEAD}[ \t]*(?=\n)")  # or alone on its line ("LIMA\n\n", "LIMA, Peru\n")
# a byline ("By Ana Reyes and Tom Lee", "By ANA REYES", "By Ana Reyes in Lima, Reuters")
_BYLINE = re.compile(r"By\s+[A-Z][\w.'’\-]*(?:(?:\s+|\s*[,|&/]\s*)(?:[A-Z][\w.'’\-]*|and|in|at|of))*\s*")
# a time stamp ("Updated 14:05 GMT", "Published Nov 25, 2025, 9:14 a.m. EST", "Nov. 25, 2025 14:05 GMT")
_STAMP_HEAD = re.compile(r"(?:(?:last|first)\s+)?(?:updated|published|posted|modified)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_TOP_LINES = 6  # lines read above the body for furniture


@dataclass(frozen=True, slots=True)
class Dateline:
    end: int  # offset in the text just after the dash and its space (or the end of the place's line)
    places: tuple[str, ...]  # as written in title case: ("Lima",), ("Oslo", "Stockholm")
    region: str | None = None  # the state or country written after the place ("Peru" in "LIMA, Peru —")
    start: int = 0  # where it starts in the text (after a headline, byline or time stamp above it)


@dataclass(frozen=True, slots=True)
class Furniture:
    dateline: Dateline | None
    spans: tuple[tuple[int, int], ...]  # the byline, time stamp, dateline and closing credit: text naming no actor

    def within(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The spans that reach into the text between ``start`` and ``end`` (a sentence's)."""
        return tuple((a, b) for a, b in self.spans if a < end and b > start)


def find_dateline(text: str, pos: int = 0, *, alone: bool = False) -> Dateline | None:
    """The dateline at ``pos``: place(s) then a dash, or (``alone``) place(s) filling the line."""
    m = (_PLACE_LINE if alone else _DATELINE).match(text, pos)
    if m is None:
        return None
    places = tuple(p.strip().title() for p in m.group("places").split("/"))
    if any(len(p.replace(".", "")) < 3 for p in places):  # "US - ...", "UN - ...": an actor opening the text
        return None
    return Dateline(m.end(), places, m.group("region"), pos)


# a closing credit: "(Reporting by X; Editing by Y)", "(AP)" after the last sentence or on its own line; "— AFP",
#   "-- Reuters" after its final stop, or one word on its own line (a list's last item "- Ana Duarte" is not one)
_CREDIT = re.compile(r"(?:(?<=[.!?\"”’])|\n)\s*\((?:(?i:additional\s+)?(?i:reporting|writing|editing)\s+(?i:by)\b[^()]*"
                     r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\)\s*$"
                     r"|(?<=[.!?\"”’])[ \t]*(?:—|–|--?)[ \t]*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*$"
                     r"|\n\s*(?:—|–|--?)[ \t]*[A-Z][\w.]*\s*$")


def read_furniture(text: str) -> Furniture:
    """The dateline and the furniture around the story: the first lines that are a headline (no final
    punctuation), a byline or a time stamp, up to the line the story opens with, and a closing credit."""
    credit = _CREDIT.search(text, max(0, len(text) - 300))
    spans: list[tuple[int, int]] = [(credit.start(), len(text))] if credit else []
    pos = 0
    for _ in range(_TOP_LINES):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip()
        dateline = find_dateline(text, pos)
        if dateline is None and end < len(text) and (dateline := find_dateline(text, pos, alone=True)) is not None \
                and find_dateline(text, len(text) - len(text[end:].lstrip())) is not None:
            spans.append((pos, end))  # "COURT REPORT" above "MANAGUA, Nov 5 -": a section's label, then the dateline
            pos = end
            continue
        if dateline is not None:
            return Furniture(dateline, (*spans, (pos, dateline.end)))
        if all(_BYLINE.fullmatch(part) or _time_stamp(part) for part in _FURNITURE_PARTS.split(line)):
            spans.append((pos, end))  # "By Ana Reyes | Updated 14:05 GMT"
        elif not line or (line[-1] in ".!?\"”’:;)" and not _HEADLINE_END.search(line)) or end == len(text):
            break  # the story has begun
        pos = end
    return Furniture(None, tuple(spans))


# a headline may end in a question or a quoted word ('Will X act?', 'Y blames "meddling"'); a sentence puts its stop
#   inside the quote
_HEADLINE_END = re.compile(r"(?:\?|[\w]['\"”’])$")
_FURNITURE_PARTS = re.compile(r"\s+[|·•]\s+")  # between the parts of a byline line ("By X | Updated 14:05 GMT")
_LETTER_RUNS = re.compile(r"[A-Za-z]+")


def _time_stamp(line: str) -> bool:
    """ "Updated 14:05 GMT", or a line of only a date and a clock time ("Nov 25, 2025 9:14 a.m. EST")."""
    if len(line) > 80 or not any(c.isdigit() for c in line):  # (the length first: a story's line is long)
        return False
    if _STAMP_HEAD.match(line):
        return True
    words = _LETTER_RUNS.findall(line)
    return _CLOCK.search(line) is not None and all(
        w.lower() in DATE_WORDS or w.lower() in ("a", "m", "p", "am", "pm", "at") or (w.isupper() and len(w) <= 4)
        for w in words)


def dateline_country(dateline: Dateline | None, lex: Lexicon) -> str | None:
    """The country of the one place a dateline names, when that place is a capital or a country
    ("Guatemala City", "Tegucigalpa") or the dateline writes the country after it ("SANTIAGO, Chile"); ``None``
    for an unknown town or a story filed from two capitals."""
    if dateline is None or len(dateline.places) != 1:
        return None
    if _fold(dateline.places[0]) in {_fold(" ".join(k)) for k in lex.body_seats}:
        return None  # "BRUSSELS, May 3": filed from the EU's seat, which says nothing of the story's state
    if dateline.region:  # "LIMA, Peru": the country written out; "AUSTIN, Texas": a state's, not a country's
        return _country(dateline.region.title(), lex)
    return _country(dateline.places[0], lex)


def _country(place: str, lex: Lexicon) -> str | None:
    words = [t.text for t in tokenize(place)]
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
