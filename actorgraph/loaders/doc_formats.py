"""One reader per input format: bytes of a file in, ``Document``s (or ``InputProblem``s) out.

A reader raises ``InputProblem`` when the whole file is unusable and yields one for each bad record of a
multi-record file (.jsonl, .json lists, feeds), so the good records still load.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import io
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import yaml
from dateutil import parser as date_parser
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from actorgraph.graph import Document
from actorgraph.graph.model import content_hash

DocItems = Iterator["Document | InputProblem"]
_SUFFIX_ALIASES = {".markdown": ".md", ".htm": ".html", ".xhtml": ".html", ".ndjson": ".jsonl",
                   ".text": ".txt", ".rss": ".xml", ".atom": ".xml"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SENTENCE_END = (".", ",", ";")
_MIN_HTML_WORDS = 4
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|date)\s*:?\s*)?("
    r"\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r")(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?$",
    re.IGNORECASE)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
_LINE_END_KEEPS = (".", "!", "?", "…", ":", '"', "”", "’", "'", ")", "]")
_LIST_ITEM = re.compile(r"\s*(?:[•\-*#>|–—]|\d{1,3}[.)](?:\s|$))")
_WRAP_FILL = 0.8  # a wrapped line fills at least this share of the wrap width (proportional PDF fonts vary)
_PLAUSIBLE_YEARS = (1000, 2999)
_BLOCK_TAGS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th",
               "section", "article", "dd", "dt")
_NOT_PAGE_TEXT = ("//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form|//select|"
                  "//button|//comment()")
_PROSE = re.compile(r"(?:\S+\s+){9,}\S+[.!?][\"'”’)]?$")  # ten words or more ending a sentence
_WRAP_WIDTHS = (30, 150)  # characters per line of wrapped text, from a narrow PDF column to small print


class InputProblem(Exception):
    """Why an input (or one record of it) cannot become a document."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def format_suffix(path: str) -> str:
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return _SUFFIX_ALIASES.get(suffix, suffix)


# -- shared helpers ---------------------------------------------------------------------------------
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


def make_document(text: str, path: str, *, title: Any = None, url: Any = None, source: Any = None,
                  published: Any = None, doc_id: Any = None, unwrap: bool = False) -> Document:
    """A checked ``Document`` with NFC-normalised text; with ``unwrap``, hard-wrapped lines are joined
    (``unwrap_lines``). The id stays the hash of the text as read, so documents loaded before keep it."""
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
    return Document(text=text, id=(doc_id or "").strip(), title=(title or "").strip() or None,
                    url=url or None, source=source or None, published=parse_date(published),
                    path=None if path == "-" else path)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML snippet (feed summaries), one paragraph per block element."""
    import html as html_lib

    if "<" not in fragment:
        return html_lib.unescape(fragment).strip()
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- formats ----------------------------------------------------------------------------------------
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


def read_txt(data: bytes, path: str) -> DocItems:
    """Plain text; optional YAML front matter as in Markdown, else title and date from the top lines."""
    meta, text = split_front_matter(decode_text(data))
    if not text.strip():
        raise InputProblem("no text after the front matter")
    if "published" not in meta and "date" not in meta and (published := dateline(text)):
        meta["published"] = published
    yield _meta_document(text, path, meta, headline(text), unwrap=True)


@functools.cache
def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _markdown_text(body: str) -> tuple[str, str | None]:
    """Markdown rendered to plain paragraphs, and the first heading (a title candidate)."""
    from lxml import html as lxml_html

    rendered = _markdown_parser().render(body)
    if not rendered.strip():
        return "", None
    root = lxml_html.fragment_fromstring(rendered, create_parent="div")
    # raw HTML in Markdown: comments and scripts are not article text (and comments have no text_content)
    for bad in root.xpath("//script|//style|//comment()|//processing-instruction()"):
        bad.drop_tree()  # the text after it stays
    heading = next((h.text_content().strip() for h in root.iter("h1", "h2")), None)
    blocks = []
    for el in root:
        if el.tag == "pre":
            blocks.append(el.text_content().rstrip())
        elif el.tag in ("ul", "ol"):
            blocks.append("\n".join(" ".join(li.text_content().split()) for li in el.iter("li")))
        else:
            blocks.append(" ".join(el.text_content().split()))
    return "\n\n".join(b for b in blocks if b), heading


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (``---`` ... ``---`` at the very top) as lower-case keys, and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        loaded = yaml.load(match.group(1) or "", Loader=_YAML_LOADER) or {}  # noqa: S506 - a safe loader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise InputProblem(f"front matter is not valid YAML: {getattr(err, 'problem', err)}",
                           line=line) from None
    if not isinstance(loaded, dict):
        raise InputProblem("front matter must be a mapping of fields (title, published, url, source)", line=2)
    return {str(k).lower(): v for k, v in loaded.items()}, text[match.end():]


def _meta_document(body: str, path: str, meta: dict[str, Any], title: str | None,
                   unwrap: bool = False) -> Document:
    return make_document(body, path, title=meta.get("title") or title, url=meta.get("url"),
                         source=meta.get("source"), published=meta.get("published", meta.get("date")),
                         doc_id=meta.get("id"), unwrap=unwrap)


def read_md(data: bytes, path: str) -> DocItems:
    meta, text = split_front_matter(decode_text(data))
    body, heading = _markdown_text(text)
    if not body.strip():
        raise InputProblem("no text after the front matter")
    yield _meta_document(body, path, meta, heading)


def _layout_page_text(data: bytes) -> tuple[str, str | None]:
    """The blocks and title of a page trafilatura finds no article in (an old press release laid out in a
    table), if one of the blocks reads like prose; a page of menus and link lists stays "no main text"."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        try:  # lxml reads undeclared bytes as Latin-1; most pages without a charset are UTF-8
            root = lxml_html.document_fromstring(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            root = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return "", None
    title = " ".join((root.findtext(".//title") or "").split()) or None
    body = root.find("body")
    body = root if body is None else body
    for bad in body.xpath(_NOT_PAGE_TEXT):
        bad.drop_tree()
    for el in body.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
    paragraphs = [p for p in (" ".join(b.split()) for b in re.split(r"\n\s*\n", body.text_content())) if p]
    return ("\n\n".join(paragraphs) if any(_PROSE.search(p) for p in paragraphs) else ""), title


def read_html(data: bytes, path: str) -> DocItems:
    import trafilatura

    if not data.strip():
        raise InputProblem("empty file")
    if b"\x00" in data[:8192]:
        raise InputProblem("binary data, not HTML (NUL bytes)")
    extracted = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    if extracted is None:
        meta: dict[str, Any] = {}
    else:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    # trafilatura gives one line per block (heading, paragraph): make them paragraphs, so a heading
    # without a final period never runs into the next sentence.
    text = re.sub(r"\n+", "\n\n", (meta.get("text") or "").strip())
    if len(text.split()) < _MIN_HTML_WORDS:  # the fallback extractors return a lone "Home" link
        text, title = _layout_page_text(data)
        meta["title"] = meta.get("title") or title
    if len(text.split()) < _MIN_HTML_WORDS:
        raise InputProblem("no main text found in the page (empty, or only navigation and scripts)")
    yield make_document(text, path, title=meta.get("title"), url=meta.get("url"), source=meta.get("sitename"),
                        published=meta.get("date"))


class DocumentRecord(BaseModel):
    """One document in a .json/.jsonl file. Unknown keys are ignored (exports often carry more)."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    title: str | None = None
    text: str
    url: str | None = None
    source: str | None = None
    published: str | dt.date | None = None

    @field_validator("text")
    @classmethod
    def _has_text(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is empty")
        return v


def _record_document(obj: Any, path: str, line: int | None, label: str = "") -> Document | InputProblem:
    if not isinstance(obj, dict):
        return InputProblem(f"{label}expected a JSON object with a \"text\" field, got {type(obj).__name__}",
                            line)
    try:
        rec = DocumentRecord.model_validate(obj)
        return make_document(rec.text.replace("\r\n", "\n"), path, title=rec.title, url=rec.url,
                             source=rec.source, published=rec.published, doc_id=rec.id, unwrap=True)
    except ValidationError as err:
        first = err.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"  # not "published.str" (a union member)
        return InputProblem(f"{label}field {field!r}: {first['msg']}", line)
    except InputProblem as problem:
        return InputProblem(label + problem.message, line)


def read_json(data: bytes, path: str) -> DocItems:
    text = decode_text(data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputProblem(f"broken JSON: {err.msg} (column {err.colno})", line=err.lineno) from None
    if isinstance(obj, list):
        if not obj:
            raise InputProblem("the JSON list holds no documents")
        for i, item in enumerate(obj, 1):
            yield _record_document(item, path, None, f"record {i}: ")
    else:
        yield _record_document(obj, path, None)


def read_jsonl(data: bytes, path: str) -> DocItems:
    text = decode_text(data)
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputProblem(f"broken JSON: {err.msg} (column {err.colno})", line=lineno)
            continue
        yield _record_document(obj, path, lineno)


def read_feed(data: bytes, path: str) -> DocItems:
    import feedparser

    if not data.strip():
        raise InputProblem("empty file")
    if b"\x00" in data[:8192]:
        raise InputProblem("binary data, not a feed (NUL bytes)")
    feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not feed.entries:
        if feed.bozo:
            exc = feed.get("bozo_exception")
            line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
            raise InputProblem(f"not a readable RSS/Atom feed: {exc}", line=line)
        raise InputProblem("not an RSS/Atom feed, or the feed has no entries")
    source = feed.feed.get("title")
    for i, entry in enumerate(feed.entries, 1):
        contents = entry.get("content") or []
        raw = contents[0].get("value", "") if contents else entry.get("summary", "")
        body = html_fragment_text(raw or "")
        title = entry.get("title")
        if not body:
            yield InputProblem(f"entry {i} ({title or 'untitled'}) has no text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
        try:
            yield make_document(body, path, title=title, url=entry.get("link"), source=source,
                                published=published)
        except InputProblem as problem:
            yield InputProblem(f"entry {i}: {problem.message}")


def read_pdf(data: bytes, path: str) -> DocItems:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.strip():
        raise InputProblem("empty file")
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputProblem("not a PDF file (no %PDF- header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputProblem("the PDF is encrypted with a password")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
    except PyPdfError as err:
        raise InputProblem(f"broken PDF: {err}") from None
    text = "\n\n".join(p for p in pages if p).replace("\r\n", "\n")
    if not text.strip():
        raise InputProblem("no extractable text in the PDF (a scanned PDF needs OCR first)")
    title = meta_title.strip() if isinstance(meta_title, str) and meta_title.strip() else headline(text)
    yield make_document(text, path, title=title, unwrap=True)


READERS: dict[str, Callable[[bytes, str], DocItems]] = {
    ".txt": read_txt, ".md": read_md, ".html": read_html, ".json": read_json, ".jsonl": read_jsonl,
    ".xml": read_feed, ".pdf": read_pdf,
}
