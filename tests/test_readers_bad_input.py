"""Readers: every kind of bad input gives one clear line naming its file (and line), and the rest loads."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter
from readers_helpers import read

from actorgraph.graph import Document
from actorgraph.loaders.doc_formats import READERS
from actorgraph.loaders.readers import ReadFailure, read_inputs


def bad_inputs(tmp_path: Path) -> dict[str, tuple[str, int | None]]:
    """File name -> (expected message fragment, expected line)."""
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Line one is fine.\nSecond line: Bogot\xe1 talks.\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("   \n\n  ")
    (tmp_path / "huge.txt").write_bytes(b"word " * 300_000)  # 1.5 MB against a 1 MB limit below
    lines = [json.dumps({"title": f"Doc {i}", "text": f"Text number {i}."}) for i in range(1, 10)]
    lines[6] = '{"title": "Doc 7", "text": "unterminated'
    (tmp_path / "broken.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "broken.json").write_text('{\n  "title": "x",\n  "text": "y",\n  oops\n}\n')
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04 not a document")
    (tmp_path / "fake.pdf").write_text("this is not a pdf at all")
    (tmp_path / "notafeed.xml").write_text("<?xml version='1.0'?><config><a>1</a></config>")
    (tmp_path / "badfront.md").write_text("---\ntitle: ok\npublished: [unclosed\n---\nBody text here.\n")
    (tmp_path / "baddate.json").write_text('{"text": "Some text.", "published": "the day after never"}')
    (tmp_path / "notext.jsonl").write_text('{"title": "no text here"}\n')
    (tmp_path / "good.txt").write_text("Lenmark threatened the Republic of Karvia.")
    return {
        "junk.txt": ("binary data", None),
        "latin1.txt": ("not valid UTF-8", 2),
        "empty.txt": ("empty file", None),
        "blank.md": ("empty file", None),
        "huge.txt": ("larger than the 1.0 MB limit", None),
        "broken.jsonl": ("broken JSON", 7),
        "broken.json": ("broken JSON", 4),
        "slides.pptx": ("unknown file type '.pptx'", None),
        "fake.pdf": ("not a PDF", None),
        "notafeed.xml": ("not an RSS/Atom feed", None),
        "badfront.md": ("front matter is not valid YAML", 4),
        "baddate.json": ("field 'published'", None),
        "notext.jsonl": ("field 'text'", 1),
    }

def test_each_bad_input_gives_one_clear_line_and_others_still_load(tmp_path: Path) -> None:
    expected = bad_inputs(tmp_path)
    docs, failures = read(tmp_path, max_bytes=1024 * 1024)
    by_file: dict[str, list[ReadFailure]] = {}
    for f in failures:
        by_file.setdefault(Path(f.path).name, []).append(f)
    assert set(by_file) == set(expected)
    for name, (fragment, line) in expected.items():
        assert len(by_file[name]) == 1, (name, by_file[name])
        failure = by_file[name][0]
        text = str(failure)
        assert fragment in text, (name, text)
        assert failure.line == line, (name, text)
        prefix = str(tmp_path / name) + (f":{line}: " if line is not None else ": ")
        assert text.startswith(prefix), text
        assert "\n" not in text
    titles = sorted(d.title or d.text for d in docs)
    # the good file and the eight good lines of broken.jsonl still load
    assert "Lenmark threatened the Republic of Karvia." in titles
    assert [t for t in titles if t.startswith("Doc ")] == [f"Doc {i}" for i in (1, 2, 3, 4, 5, 6, 8, 9)]

def test_size_limit_applies_to_stdin() -> None:
    docs, failures = read("-", stdin=io.BytesIO(b"x" * 2000), max_bytes=1000)
    assert not docs and str(failures[0]).startswith("<stdin>: input is larger than")

def test_pdf_without_text_is_reported(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    writer.write(buf)
    (tmp_path / "scan.pdf").write_bytes(buf.getvalue())
    docs, failures = read(tmp_path / "scan.pdf")
    assert not docs and "no extractable text" in str(failures[0])

def test_html_with_only_navigation_is_reported(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    docs, failures = read(tmp_path / "nav.html")
    assert not docs and "no main text" in str(failures[0])

@pytest.mark.parametrize("record", ['[1, 2]', '"just a string"', '[{"text": "ok"}, {"title": "missing"}]'])
def test_json_shapes_that_are_not_documents(tmp_path: Path, record: str) -> None:
    (tmp_path / "x.json").write_text(record)
    docs, failures = read(tmp_path / "x.json")
    assert failures and all(f.path.endswith("x.json") for f in failures)

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(sorted(READERS)),
       prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"<?xml version='1.0'?><rss><channel>", b"---\n", b"{", b"<html>"]))
def test_readers_never_raise_on_arbitrary_bytes(tmp_path: Path, data: bytes, suffix: str, prefix: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(prefix + data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, Document | ReadFailure)
        if isinstance(item, ReadFailure):
            assert item.path == str(path) and "\n" not in item.message

def test_implausible_publication_dates_are_refused_with_the_line(tmp_path: Path) -> None:
    """Year 1 or 9999 is a typo, and resolving "last week" against it overflowed in the extractor."""
    lines = [{"text": "Lenmark threatened Ostrel Shipping last week.", "published": p}
             for p in ("0001-01-01", "9999-12-31", "1912-04-15")]
    (tmp_path / "dated.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    (tmp_path / "old.md").write_text("---\npublished: 0999-12-31\n---\nLenmark met Elena Voss.\n")
    docs, failures = read(tmp_path)
    assert [d.published for d in docs] == [dt.date(1912, 4, 15)]
    assert sorted(str(f).split(": ", 1)[0] for f in failures) == [
        f"{tmp_path / 'dated.jsonl'}:1", f"{tmp_path / 'dated.jsonl'}:2", f"{tmp_path / 'old.md'}"]
    assert all("not a plausible publication date" in str(f) for f in failures)

def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    """Windows "Unicode" files and PowerShell 5 redirects are UTF-16 with a BOM, full of NUL bytes."""
    (tmp_path / "le.txt").write_text("Lenmark met Elena Voss in Bogotá.\n", encoding="utf-16")
    (tmp_path / "be.jsonl").write_bytes(json.dumps({"text": "Lenmark met Elena Voss."}).encode("utf-16-be")
                                        .join([b"\xfe\xff", b""]))
    (tmp_path / "torn.txt").write_bytes(b"\xff\xfeL\x00e\x00\x00\xd8")  # a lone surrogate
    docs, failures = read(tmp_path)
    assert sorted(d.text for d in docs) == ["Lenmark met Elena Voss in Bogotá.\n", "Lenmark met Elena Voss."]
    assert [str(f) for f in failures] == [
        f"{tmp_path / 'torn.txt'}: not valid UTF-16 despite its byte order mark (bad data at byte offset 6)"]
