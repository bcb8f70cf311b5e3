"""Reading OFAC's legacy CSV files (sdn, alt, add) into ``Listing`` records, with file/line errors.

Format: no header row, CRLF, a trailing Ctrl-Z (0x1A), ``-0-`` nulls (often ``-0- ``), several programs
written ``A] [B``, ASCII/Latin-1 text. Records never span lines, so each line is parsed on its own and
errors name the physical line.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from actorgraph.errors import InvalidInput
from actorgraph.graph.model import display_person_name, normalize_name
from actorgraph.loaders.list_errors import HeadCheck

SDN_FIELDS = 12
KINDS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft", "": "Organization"}
VESSEL_COLUMNS = ("call_sign", "vessel_type", "tonnage", "grt", "vessel_flag", "vessel_owner")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")

ErrorHandler = Callable[[InvalidInput], None]


@dataclass
class Listing:
    ent_num: int
    name: str
    sdn_type: str
    programs: list[str]
    title: str
    vessel: dict[str, str]
    remarks: str
    line: str
    file: Path
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    lineno: int = 0

    @property
    def kind(self) -> str:
        return KINDS.get(self.sdn_type.lower(), "Organization")


def _null(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else raw.decode("latin-1")
    return text.replace("\x1a", "")


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _rows(path: Path, on_error: ErrorHandler) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, raw line, fields) for every non-blank line; OFAC records never span lines."""
    for lineno, line in enumerate(_decode(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line]))
        except csv.Error as err:
            on_error(InvalidInput(f"malformed CSV: {err}", file=str(path), line=lineno))
            continue
        yield lineno, line.strip(), fields


def _is_number(value: str) -> bool:
    value = value.strip()
    return value.isascii() and value.isdigit()


def is_sdn_row(fields: list[str]) -> bool:
    return len(fields) == SDN_FIELDS and _is_number(fields[0])


def sdn_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() == ".csv"
                  and p.name.lower().startswith("sdn"))


def _companions(paths: Sequence[Path], prefix: str) -> list[Path]:
    """alt/add files next to the sdn files: same directory, name starting with ``prefix``."""
    found: set[Path] = set()
    for p in paths:
        found.update(q for q in p.parent.iterdir()
                     if q.is_file() and q.suffix.lower() == ".csv" and q.name.lower().startswith(prefix))
    return sorted(found)


def resolve_paths(path: str | Path | Sequence[str | Path]) -> tuple[list[Path], list[Path], list[Path]]:
    items = [Path(p) for p in ([path] if isinstance(path, str | Path) else path)]
    sdn: list[Path] = []
    alt: list[Path] = []
    add: list[Path] = []
    for p in items:
        if p.is_dir():
            files = sdn_files(p)
            if not files:
                raise InvalidInput("no sdn*.csv file in this directory", file=str(p))
            sdn += files
        elif not p.is_file():
            raise InvalidInput("no such file", file=str(p))
        elif p.name.lower().startswith("alt"):
            alt.append(p)
        elif p.name.lower().startswith("add"):
            add.append(p)
        else:
            sdn.append(p)
    if not sdn:
        raise InvalidInput("this is an OFAC alias/address file, not a list: give the sdn file or its folder "
                           "(alt*/add* files next to it are read with it)", file=str(items[0]) if items else None)
    return sdn, alt or _companions(sdn, "alt"), add or _companions(sdn, "add")


def list_date(path: Path) -> dt.date:
    """The snapshot date: from the file name (sdn-2024-05-03.csv) when present, else the file's mtime."""
    if m := _DATE_IN_NAME.search(path.name):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC).date()


def parse_sdn(path: Path, on_error: ErrorHandler) -> list[Listing]:
    listings = []
    first_line: dict[int, int] = {}
    head = HeadCheck(path, "an OFAC SDN file (12 comma-separated fields, a numeric ent_num first)", on_error)
    for lineno, line, f in _rows(path, head.error):
        if len(f) != SDN_FIELDS:
            head.error(InvalidInput(f"expected {SDN_FIELDS} fields, got {len(f)}", file=str(path), line=lineno))
            continue
        if not _is_number(f[0]):
            head.error(InvalidInput(f"ent_num {f[0]!r} is not a number", file=str(path), line=lineno,
                                    field="ent_num"))
            continue
        head.good()
        name = _null(f[1])
        if not normalize_name(name):
            on_error(InvalidInput("empty SDN_Name", file=str(path), line=lineno, field="SDN_Name"))
            continue
        if (seen := first_line.setdefault(int(f[0]), lineno)) != lineno:
            # one snapshot lists an ent_num once; a repeat would silently replace the first listing
            on_error(InvalidInput(f"ent_num {f[0]} is already listed on line {seen}", file=str(path),
                                  line=lineno, field="ent_num"))
            continue
        programs = [p.strip(" []") for p in _null(f[3]).split("] [") if p.strip(" []")]
        listings.append(Listing(
            ent_num=int(f[0]), name=name, sdn_type=_null(f[2]), programs=programs, title=_null(f[4]),
            vessel={k: _null(v) for k, v in zip(VESSEL_COLUMNS, f[5:11], strict=True) if _null(v)},
            remarks=_null(f[11]), line=line, file=path, lineno=lineno,
        ))
    head.done()
    return listings


def _parse_side_file(paths: list[Path], min_fields: int, on_error: ErrorHandler
                     ) -> Iterator[tuple[int, list[str]]]:
    for path in paths:
        for lineno, _line, f in _rows(path, on_error):
            if len(f) < min_fields or not _is_number(f[0]):
                on_error(InvalidInput(f"expected at least {min_fields} fields with a numeric ent_num",
                                      file=str(path), line=lineno))
                continue
            yield int(f[0]), f


def person_forms(name: str) -> list[str]:
    reading = display_person_name(name)
    return [name, reading] if reading != name else [name]


def attach_aliases_and_addresses(listings: list[Listing], alt: list[Path], add: list[Path],
                                  on_error: ErrorHandler) -> None:
    by_ent: dict[int, list[Listing]] = defaultdict(list)
    for item in listings:
        by_ent[item.ent_num].append(item)
    for ent, f in _parse_side_file(alt, 4, on_error):
        alias = _null(f[3])
        for item in by_ent.get(ent, []):
            if alias:
                item.aliases += person_forms(alias) if item.kind == "Person" else [alias]
    for ent, f in _parse_side_file(add, 5, on_error):
        country = _null(f[4])
        for item in by_ent.get(ent, []):
            if country and country not in item.countries:
                item.countries.append(country)
