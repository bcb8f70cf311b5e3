"""Facts both list loaders write in one shape: countries, nationality, citizenship and birth dates.

OFAC writes country names and Remarks text ('DOB 10 Dec 1948; alt. DOB circa 1950'), OpenSanctions ISO
codes and ISO dates; both become the properties ``list_fact_properties`` returns, documented in
docs/sanctions-lists.md ("Countries, nationality, birth dates"). A value that cannot be normalised never
fails a load: it is kept as written, and reported back so that a loader can count it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from actorgraph.loaders.countries import country_facts

MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"), start=1)}
MAX_RANGE_YEARS = 20
"""a range spanning more years than this is kept as a note only ('1900 to 1990' names no useful year)"""
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_OFAC = re.compile(r"^(?:(\d{1,2}) )?(?:([a-z]{3})[a-z]*\.? )?(\d{4})$")  # 10 Dec 1948 | Dec 1948 | 1948
_RANGE = re.compile(r"\s+to\s+|(?<=^\d{4})\s*-\s*(?=\d{4}$)", re.IGNORECASE)  # 1960 to 1962 | 1961-1963
_CIRCA = re.compile(r"^(?:circa|ca\.|approximately|approx\.)\s+", re.IGNORECASE)

DatePart = tuple[int, int | None, int | None]


def _checked(year: int, month: int | None, day: int | None) -> DatePart | None:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return (year, month, day) if 1000 <= year <= 2999 else None


def _iso(part: DatePart) -> str:
    year, month, day = part
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def _iso_parts(value: str) -> DatePart | None:
    value = value.strip()
    if len(value) > 10 and value[10] in "T ":
        value = value[:10]
    m = _ISO.match(value)
    if m is None:
        return None
    return _checked(*(int(g) if g else None for g in m.groups()))  # type: ignore[arg-type]


def iso_date(value: str) -> str | None:
    """An ISO 8601 date at the precision given ('1988-01-07', '1988-01', '1988'), checked (no 30 Feb); the
    date part of a date-time; None for anything else."""
    part = _iso_parts(value)
    return _iso(part) if part else None


def _ofac_date(text: str) -> DatePart | None:
    m = _OFAC.match(text.strip().lower())
    if m is None:
        return _iso_parts(text)
    day, month = m.group(1), m.group(2)
    if month and month not in MONTHS or day and not month:
        return None
    return _checked(int(m.group(3)), MONTHS[month] if month else None, int(day) if day else None)


@dataclass
class BirthDates:
    dates: list[str] = field(default_factory=list)
    """ISO 8601 at the precision given; approximate and ranged dates as the years they name"""
    notes: list[str] = field(default_factory=list)
    """approximate or ranged dates as written ('circa 1961', '1960 to 1962')"""
    unparsed: list[str] = field(default_factory=list)
    """what could not be read as a date, as written"""

    def _add(self, where: list[str], *values: str) -> None:
        where += [v for v in values if v not in where]

    def read_ofac(self, text: str) -> None:
        """One OFAC DOB: '10 Dec 1948', 'Dec 1948', '1948'; 'circa 1961' (-> 1961, noted); '1960 to 1962',
        '01 Jan 1961 to 31 Dec 1963' (-> every year of the range, noted)."""
        text = " ".join(text.split()).rstrip(".;, ")
        if not text:
            return
        body = _CIRCA.sub("", text)
        ends = [_ofac_date(p) for p in _RANGE.split(body)]
        if not ends or len(ends) > 2 or any(e is None for e in ends):
            self._add(self.unparsed, text)
            return
        parts = [e for e in ends if e is not None]
        if len(parts) == 1 and body == text:
            self._add(self.dates, _iso(parts[0]))
            return
        first, last = parts[0][0], parts[-1][0]
        if last < first:
            self._add(self.unparsed, text)
            return
        if last - first <= MAX_RANGE_YEARS:
            self._add(self.dates, *(f"{y:04d}" for y in range(first, last + 1)))
        self._add(self.notes, text)

    def read_iso(self, value: str) -> None:
        if found := iso_date(value):
            self._add(self.dates, found)
        elif value.strip():
            self._add(self.unparsed, value.strip())


def ofac_birth_dates(texts: Iterable[str]) -> BirthDates:
    found = BirthDates()
    for text in texts:
        found.read_ofac(text)
    return found


def iso_birth_dates(values: Iterable[str]) -> BirthDates:
    found = BirthDates()
    for value in values:
        found.read_iso(str(value))
    return found


def list_fact_properties(countries: Iterable[str], nationality: Iterable[str], citizenship: Iterable[str],
                         born: BirthDates) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """(actor properties, [(property, value kept as written)]): ``country_codes`` / ``countries``,
    ``nationality_codes`` / ``nationalities`` / ``nationality`` (the first), ``citizenship_codes`` /
    ``citizenships`` / ``citizenship`` (the first), ``birth_dates`` / ``dob`` (the first),
    ``birth_date_notes``, ``birth_dates_unparsed``; properties without a value are left out."""
    props: dict[str, Any] = {}
    kept: list[tuple[str, str]] = []
    for values, codes_key, names_key, first_key in (
            (countries, "country_codes", "countries", None),
            (nationality, "nationality_codes", "nationalities", "nationality"),
            (citizenship, "citizenship_codes", "citizenships", "citizenship")):
        facts = country_facts(values)
        if facts.codes:
            props[codes_key] = list(facts.codes)
        if facts.names:
            props[names_key] = list(facts.names)
            if first_key:
                props[first_key] = facts.names[0]
        kept += [(names_key, v) for v in facts.unmatched]
    for key, values in (("birth_dates", born.dates), ("birth_date_notes", born.notes),
                        ("birth_dates_unparsed", born.unparsed)):
        if values:
            props[key] = list(values)
    if born.dates:
        props["dob"] = born.dates[0]
    kept += [("birth_dates_unparsed", v) for v in born.unparsed]
    return props, kept
