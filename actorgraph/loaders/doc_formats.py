"""One reader per input format: bytes of a file in, ``Document``s (or ``InputProblem``s) out.

A reader raises ``InputProblem`` when the whole file is unusable and yields one for each bad record of a
multi-record file (.jsonl, .json lists, feeds), so the good records still load.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import re
from collections.abc import Callable
from typing import Any

import yaml

from actorgraph.graph import Document
from actorgraph.loaders.doc_text import (
    DocItems,
    InputProblem,
    dateline,
    decode_text,
    headline,
    make_document,
)
from actorgraph.loaders.json_formats import read_json, read_jsonl

_SUFFIX_ALIASES = {".markdown": ".md", ".htm": ".html", ".xhtml": ".html", ".ndjson": ".jsonl",
                   ".text": ".txt", ".rss": ".xml", ".atom": ".xml"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MIN_HTML_WORDS = 4
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
_BLOCK_TAGS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th",
               "section", "article", "dd", "dt")
_NOT_PAGE_TEXT = ("//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form|//select|"
                  "//button|//comment()")
_PROSE = re.compile(r"(?:\S+\s+){9,}\S+[.!?][\"'”’)]?$")  # ten words or more ending a sentence
def format_suffix(path: str) -> str:
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return _SUFFIX_ALIASES.get(suffix, suffix)


# -- shared helpers ---------------------------------------------------------------------------------
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
                                published=published, record=f"entry {i}")
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
