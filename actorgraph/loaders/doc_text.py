"""From the text of an input to a checked ``Document``: decoding bytes, plausible publication dates, a
dateline or headline at the top, hard-wrapped lines joined, NFC text — shared by every reader and the API."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from dateutil import parser as date_parser
from pydantic import PrivateAttr

from actorgraph.graph import Document
from actorgraph.graph.model import content_hash

_SENTENCE_END = (".", ",", ";")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|date)\s*:?\s*)?("
    r"\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r")(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?$",
    re.IGNORECASE)
_LINE_END_KEEPS = (".", "!", "?", "…", ":", '"', "”", "’", "'", ")", "]")
_LIST_ITEM = re.compile(r"\s*(?:[•\-*#>|–—]|\d{1,3}[.)](?:\s|$))")
_WRAP_FILL = 0.8  # a wrapped line fills at least this share of the wrap width (proportional PDF fonts vary)
_PLAUSIBLE_YEARS = (1000, 2999)
_WRAP_WIDTHS = (30, 150)  # characters per line of wrapped text, from a narrow PDF column to small print


class InputProblem(Exception):
    """Why an input (or one record of it) cannot become a document."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


DocItems = Iterator[Document | InputProblem]  # what a reader yields: documents, and problems with bad records


def _utf16(data: bytes) -> str | None:
    """Text of a file that starts with a UTF-16 byte order mark (Windows "Unicode", PowerShell 5 output)."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or data.startswith(codecs.BOM_UTF32_LE):
        return None
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as err:
        raise InputProblem(f"not valid UTF-16 despite its byte order mark (bad data at byte offset {err.start})") from None


def decode_text(data: bytes) -> str:
    """Strict UTF-8 (a BOM is dropped), or UTF-16 with a BOM; binary and empty input are refused with the
    offending line."""
    if (wide := _utf16(data)) is not None:
        data = wide.encode("utf-8")
    if not data.strip():
        raise InputProblem("empty file")
    if b"\x00" in data[:8192]:
        raise InputProblem("binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputProblem(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                           "convert the file to UTF-8", line=line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\t\f")
    if controls > 8 and controls > len(text[:8192]) // 100:
        raise InputProblem("binary data, not text (control characters)")
    return text


def plausible_date(day: dt.date, field: str = "published") -> dt.date:
    """A publication date within years 1000-2999: outside is a typo, and "last week" against 0001-01-01
    would overflow the date arithmetic of the extractor."""
    if not _PLAUSIBLE_YEARS[0] <= day.year <= _PLAUSIBLE_YEARS[1]:
        raise InputProblem(f"field {field!r}: {day.isoformat()} is not a plausible publication date "
                           f"(years {_PLAUSIBLE_YEARS[0]}-{_PLAUSIBLE_YEARS[1]})")
    return day


def parse_date(value: Any, field: str = "published") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return plausible_date(value.date(), field)
    if isinstance(value, dt.date):
        return plausible_date(value, field)
    if isinstance(value, str):
        try:
            day = date_parser.parse(value, default=dt.datetime(2000, 1, 1)).date()
        except (ValueError, OverflowError):
            pass
        else:
            return plausible_date(day, field)
    raise InputProblem(f"field {field!r}: cannot read {value!r} as a date")


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines (plain-text wire copy, PDF text) back into their paragraphs.

    The extractor ends a sentence at a line that has no final punctuation (headlines, list items), so
    "threatened the\nKenyan officers" would be cut in two. A break is soft when the line before does
    not end a sentence and either the next line starts in lower case or its first word would not have
    fitted on the line (the wrapper moved it down). A soft break becomes a space, so every offset into
    the text stays the same. Texts that do not look wrapped are returned unchanged.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return text
    width = lengths[(len(lengths) * 9) // 10]  # robust against one long URL line
    wrapped = sum(1 for n in lengths if n >= _WRAP_FILL * width)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] or wrapped < 2:
        return text
    out: list[str] = []
    for line, nxt in zip(lines, lines[1:], strict=False):
        out.append(line)
        body, following = line.rstrip(), nxt.strip()
        soft = bool(body.strip() and following) and not body.endswith(_LINE_END_KEEPS) \
            and not _LIST_ITEM.match(nxt) \
            and (following[0].islower() or len(body) + 1 + len(following.split()[0]) > _WRAP_FILL * width)
        out.append(" " if soft else "\n")
    out.append(lines[-1])
    return "".join(out)


def headline(text: str) -> str | None:
    """The first line when it reads like a headline: short, alone in its paragraph, no final period."""
    lines = text.lstrip("\n").split("\n")
    first = lines[0].strip()
    followed_by_blank = len(lines) > 1 and not lines[1].strip()
    if 3 <= len(first) <= 200 and len(first.split()) <= 30 and followed_by_blank \
            and not first.endswith(_SENTENCE_END) and not _DATELINE.match(first):
        return first.lstrip("# ").strip() or None
    return None


class ReadDocument(Document):
    """A ``Document`` that knows where in its file it was read (the line of a .jsonl record, "record 3" of
    a JSON list, "entry 2" of a feed), so a later failure can point there. Only for messages: the place
    is a private attribute, not a field, so it is neither validated, dumped nor stored (``path`` stays the file)."""

    _line: int | None = PrivateAttr(default=None)
    _record: str | None = PrivateAttr(default=None)

    @property
    def line(self) -> int | None:
        return self._line

    @property
    def record(self) -> str | None:
        return self._record


def make_document(text: str, path: str, *, title: Any = None, url: Any = None, source: Any = None,
                  published: Any = None, doc_id: Any = None, unwrap: bool = False, line: int | None = None,
                  record: str | None = None) -> ReadDocument:
    """A checked ``Document`` with NFC-normalised text; with ``unwrap``, hard-wrapped lines are joined
    (``unwrap_lines``). The id stays the hash of the text as read, so documents loaded before keep it.
    ``line`` or ``record`` say where in the file the document was (see ``ReadDocument``)."""
    if not text.strip():
        raise InputProblem("no text")
    for name, value in (("title", title), ("url", url), ("source", source), ("id", doc_id)):
        if value is not None and not isinstance(value, str):
            raise InputProblem(f"field {name!r}: expected a string, got {type(value).__name__}")
    read_as = text
    if not unicodedata.is_normalized("NFC", text):  # "Nicola\u0301s" (macOS, PDFs) is "Nicolás"
        text = unicodedata.normalize("NFC", text)
    if unwrap:
        text = unwrap_lines(text)
    if text != read_as:
        doc_id = (doc_id or "").strip() or content_hash(read_as)
    if isinstance(title, str):
        title = unicodedata.normalize("NFC", title)
    doc = ReadDocument(text=text, id=(doc_id or "").strip(), title=(title or "").strip() or None,
                       url=url or None, source=source or None, published=parse_date(published),
                       path=None if path == "-" else path)
    doc._line, doc._record = line, record
    return doc


def dateline(text: str) -> dt.date | None:
    """A publication date standing alone on one of the first lines ("Published: 2 December 2025")."""
    for line in text.lstrip("\n").split("\n")[:6]:
        m = _DATELINE.match(line.strip())
        if m:
            try:
                return date_parser.parse(m.group(1), default=dt.datetime(2000, 1, 1)).date()
            except (ValueError, OverflowError):
                return None
    return None
