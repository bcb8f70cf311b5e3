"""Readers: every input format, and every kind of bad input giving one clear line."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from actorgraph.graph import Document
from actorgraph.loaders.doc_formats import READERS
from actorgraph.loaders.readers import ReadFailure, read_inputs

DOCS = Path(__file__).parent / "fixtures" / "docs"


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF with real text operators (Helvetica), built with pypdf."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 780 Td"]
    for line in lines:
        ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    ops.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def read(*paths: str | Path, **kw: object) -> tuple[list[Document], list[ReadFailure]]:
    items = list(read_inputs([str(p) for p in paths], **kw))  # type: ignore[arg-type]
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, ReadFailure)])


def one(path: Path) -> Document:
    docs, failures = read(path)
    assert not failures, failures
    assert len(docs) == 1
    return docs[0]


# -- formats -----------------------------------------------------------------------------------------
def test_txt_takes_title_from_a_headline_line() -> None:
    doc = one(DOCS / "karvia-sanctions.txt")
    assert doc.title == "Karvia Sanctions Ostrel Shipping Over Grain Convoys"
    assert "imposed sanctions on Ostrel Shipping" in doc.text
    assert doc.path and doc.path.endswith("karvia-sanctions.txt")
    assert doc.id.startswith("doc:")


def test_txt_without_headline_has_no_title() -> None:
    assert one(DOCS / "no-headline.txt").title is None


def test_markdown_front_matter_and_markup_removed() -> None:
    doc = one(DOCS / "talks.md")
    assert doc.title == "Lenmark and Karvia Open Talks in Geneva"
    assert doc.published == dt.date(2025, 10, 14)
    assert doc.url == "https://example.org/news/lenmark-karvia-talks"
    assert doc.source == "Example Wire"
    assert "Foreign Minister Elena Voss of Lenmark met" in doc.text
    assert "according to a statement from the ministry" in doc.text  # link text kept, URL dropped
    for markup in ("**", "](", "---", "title:", "# "):
        assert markup not in doc.text
    assert "The talks follow weeks of border incidents.\nA second round" in doc.text


def test_markdown_with_raw_html_comments_and_scripts(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(
        "# Desk Note\n\n<!-- editor: check the Ostrel figures -->\n<script>var s = 'Elena Voss met Lenmark';"
        "</script>\n<style>p { color: red }</style>\n\nLenmark threatened Ostrel Shipping. <!-- inline --> "
        "It said so twice.\n")
    doc = one(tmp_path / "note.md")
    assert doc.title == "Desk Note"
    assert doc.text == "Desk Note\n\nLenmark threatened Ostrel Shipping. It said so twice."


def test_markdown_without_front_matter_uses_first_heading(tmp_path: Path) -> None:
    (tmp_path / "n.md").write_text("# Envoys meet\n\nElena Voss met Lenmark officials.\n")
    doc = one(tmp_path / "n.md")
    assert doc.title == "Envoys meet" and doc.published is None


def test_html_keeps_main_text_only() -> None:
    doc = one(DOCS / "border-report.html")
    assert "The Republic of Karvia accused Lenmark of staging raids" in doc.text
    assert "Lenmark denied the accusation" in doc.text
    for boilerplate in ("Subscribe now", "cookies", "Celebrity chef", "Copyright", "tracking", "Home"):
        assert boilerplate not in doc.text
    assert doc.title == "Karvia accuses Lenmark of border raids"
    assert doc.published == dt.date(2025, 9, 2)
    assert doc.source == "The Example Herald"


def test_json_object_and_list() -> None:
    doc = one(DOCS / "statement.json")
    assert doc.id == "example-statement-17"  # a given id is kept, so re-ingesting a record meets it
    assert doc.source == "Karvian Foreign Ministry" and doc.published == dt.date(2025, 8, 30)
    docs, failures = read(DOCS / "briefs.json")
    assert not failures and [d.title for d in docs] == ["Brief one", "Brief two"]


def test_jsonl_one_document_per_line_blank_lines_skipped() -> None:
    docs, failures = read(DOCS / "wire.jsonl")
    assert not failures
    assert [d.title for d in docs] == ["Wire 1", "Wire 2", "Wire 3"]
    assert docs[0].source == "Example Wire" and docs[2].published == dt.date(2025, 6, 3)


def test_rss_and_atom_entries_become_documents() -> None:
    docs, failures = read(DOCS / "regional.rss", DOCS / "desk.atom")
    assert not failures
    assert [d.title for d in docs] == ["Karvia sanctions shipping firm", "Lenmark envoy meets Karvian officials",
                                       "Lenmark threatens embargo"]
    first = docs[0]
    assert first.text == "The Republic of Karvia imposed sanctions on Ostrel Shipping.\n\nThe company denied wrongdoing."
    assert first.url == "https://example.org/regional/1" and first.published == dt.date(2025, 11, 3)
    assert first.source == "Example Regional Desk"
    assert docs[2].published == dt.date(2025, 11, 5) and "<p>" not in docs[2].text


def test_pdf_text_and_title(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Karvia Sanctions Shipping Firm", "",
                               "The Republic of Karvia imposed sanctions on Ostrel Shipping."], title="Annual report"))
    doc = one(path)
    assert doc.title == "Annual report"
    assert "The Republic of Karvia imposed sanctions on Ostrel Shipping." in doc.text


def test_folders_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Lenmark met Elena Voss.")
    (tmp_path / "b" / "deep" / "c.txt").write_text("Elena Voss met Lenmark officials.")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("internal")
    docs, failures = read(tmp_path)
    assert not failures
    assert [Path(d.path or "").name for d in docs] == ["a.txt", "c.txt"]


def test_a_folder_with_no_files_is_a_failure_naming_it(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "only-hidden").mkdir()
    (tmp_path / "only-hidden" / ".draft.txt").write_text("Not for loading.")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a.txt").write_text("Lenmark met Elena Voss.")
    docs, failures = read(tmp_path / "empty", tmp_path / "only-hidden", tmp_path / "full")
    assert [Path(d.path or "").name for d in docs] == ["a.txt"]
    messages = [str(f) for f in failures]
    assert len(messages) == 2 and all("no files in this folder" in m for m in messages)
    assert "empty" in messages[0] and "only-hidden" in messages[1]


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("First text.")
    (tmp_path / "two.txt").write_text("Second text.")
    (tmp_path / "three.md").write_text("Third text.")
    docs, failures = read(tmp_path / "*.txt", tmp_path / "nothing-*.txt", tmp_path / "absent.txt")
    assert sorted(Path(d.path or "").name for d in docs) == ["one.txt", "two.txt"]
    messages = [str(f) for f in failures]
    assert any("nothing-*.txt: no file matches" in m for m in messages)
    assert any("absent.txt: no such file" in m for m in messages)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_broken_link_in_a_folder_is_reported_not_read(tmp_path: Path) -> None:
    """Opening a named pipe blocks until a writer comes: a folder holding one must not hang the run."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "ok.txt").write_text("Lenmark threatened Ostrel Shipping.")
    for args in ([str(tmp_path)], [str(tmp_path / "*.txt")]):
        result: list[object] = []
        reader = threading.Thread(target=lambda a=args, out=result: out.append(read(*a)), daemon=True)
        reader.start()
        reader.join(timeout=10)
        assert result, f"reading {args} blocked on the named pipe"
        docs, failures = result[0]  # type: ignore[misc]
        assert [d.text for d in docs] == ["Lenmark threatened Ostrel Shipping."]
        assert sorted(str(f) for f in failures) == [f"{tmp_path / 'gone.txt'}: broken symbolic link",
                                                    f"{tmp_path / 'pipe.txt'}: not a regular file"]


def test_stdin_dash_reads_the_stream() -> None:
    docs, failures = read("-", stdin=io.BytesIO(b"Lenmark threatened Ostrel Shipping.\n"))
    assert not failures and docs[0].text.startswith("Lenmark threatened") and docs[0].path is None
    docs, failures = read("-", stdin=io.BytesIO(b'{"text": "From a pipe."}\n'), stdin_format=".jsonl")
    assert not failures and docs[0].text == "From a pipe."


def test_stdin_format_takes_the_names_files_have() -> None:
    feed = (DOCS / "regional.rss").read_bytes()
    for name in (".rss", ".xml", ".RSS"):
        docs, failures = read("-", stdin=io.BytesIO(feed), stdin_format=name)
        assert docs and not failures, (name, failures)
    docs, failures = read("-", stdin=io.BytesIO(b"# Note\n\nLenmark met *Elena Voss*.\n"), stdin_format=".markdown")
    assert not failures and docs[0].text == "Note\n\nLenmark met Elena Voss."


def test_same_text_same_id_different_text_different_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Lenmark met Elena Voss.")
    (tmp_path / "b.txt").write_text("Lenmark met Elena Voss.")
    (tmp_path / "c.txt").write_text("Lenmark met Ostrel Shipping.")
    docs, _ = read(tmp_path)
    assert docs[0].id == docs[1].id != docs[2].id


# -- bad input -----------------------------------------------------------------------------------------
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


def test_html_laid_out_in_a_table_still_gives_its_text(tmp_path: Path) -> None:
    """Old press-release pages put the whole article in a layout table, which the main-text pass skips."""
    (tmp_path / "release.html").write_text(
        "<html><head><title>Karvia Ministry – Release 12</title></head><body><table><tr>"
        "<td><a href='/'>Home</a><br><a href='/press'>Press</a></td><td><h2>Release No. 12</h2>"
        "<p>The Republic of Karvia protests the decision of Lenmark to close the border crossing at Ostrel.</p>"
        "<p>Karvia demands that Lenmark reopen the crossing before the harvest begins.</p></td></tr></table>"
        "<table><tr><td>© Karvia Ministry</td></tr></table><script>var x = 'Elena Voss';</script></body></html>",
        encoding="utf-8")
    doc = one(tmp_path / "release.html")
    assert doc.title == "Karvia Ministry – Release 12"
    assert ("\n\nThe Republic of Karvia protests the decision of Lenmark to close the border crossing at Ostrel."
            "\n\nKarvia demands that Lenmark reopen the crossing before the harvest begins.\n\n") in doc.text
    assert doc.text.endswith("© Karvia Ministry") and "Elena Voss" not in doc.text
    (tmp_path / "menu.html").write_text("<html><body><table><tr><td><a href='/a'>Karvia protests border move</a>"
                                        "</td><td><a href='/b'>Lenmark replies</a></td></tr></table></body></html>")
    docs, failures = read(tmp_path / "menu.html")
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


def test_txt_dateline_and_front_matter(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text("Envoys Meet in Vienna\n\nPublished: 3 March 2025\n\n"
                                        "Elena Voss met Lenmark officials on Monday.\n")
    doc = one(tmp_path / "dated.txt")
    assert doc.title == "Envoys Meet in Vienna" and doc.published == dt.date(2025, 3, 3)
    (tmp_path / "inline.txt").write_text("Talks resumed\n\nOn March 3, 2025 the envoys met again in Vienna.\n")
    assert one(tmp_path / "inline.txt").published is None  # a date inside a sentence is not a dateline
    (tmp_path / "meta.txt").write_text("---\ntitle: From front matter\npublished: 2024-12-31\nsource: Desk\n---\n"
                                       "Lenmark threatened Ostrel Shipping.\n")
    doc = one(tmp_path / "meta.txt")
    assert (doc.title, doc.published, doc.source) == ("From front matter", dt.date(2024, 12, 31), "Desk")
    assert doc.text == "Lenmark threatened Ostrel Shipping.\n"


# -- hard-wrapped text ---------------------------------------------------------------------------------
WRAPPED = """Kenya Deploys Police to Haiti

Kenya sent four hundred police officers to Port-au-Prince on Tuesday to
lead a multinational security mission approved by the United Nations
Security Council. President William Ruto said the deployment would help
Haiti restore order. Gang leader Jimmy Cherizier threatened the Kenyan
officers, and the European Union imposed sanctions on him on Friday.
Key points
- four hundred officers
- a mission of the United Nations
"""


def test_hard_wrapped_txt_lines_join_into_paragraphs(tmp_path: Path) -> None:
    """The extractor ends a sentence at a line without final punctuation: wrapped lines must not."""
    path = tmp_path / "wire.txt"
    path.write_text(WRAPPED)
    doc = one(path)
    assert "threatened the Kenyan officers, and the European Union" in doc.text
    assert "would help Haiti restore order." in doc.text
    assert doc.title == "Kenya Deploys Police to Haiti"
    # headline, short lines, list items and paragraph breaks keep their line breaks
    assert doc.text.startswith("Kenya Deploys Police to Haiti\n\nKenya sent")
    assert "on Friday.\nKey points\n- four hundred officers\n- a mission" in doc.text
    # offsets do not move (a soft break becomes one space) and the id is that of the text as read
    assert len(doc.text) == len(WRAPPED)
    assert doc.id == Document(text=WRAPPED).id


def test_unwrapped_text_is_left_alone(tmp_path: Path) -> None:
    text = ("Talks Resume in Vienna\nLenmark met Elena Voss on Monday, officials said\n"
            "Ostrel Shipping denied the report.\n")
    (tmp_path / "short.txt").write_text(text)
    assert one(tmp_path / "short.txt").text == text
    one_per_line = "\n".join(f"Paragraph {i} is one long line that ends without a period as some exports do, "
                             "longer than any wrapped line, and is followed by another paragraph on the "
                             f"next line {i}" for i in range(5))
    (tmp_path / "long.txt").write_text(one_per_line)
    assert one(tmp_path / "long.txt").text.count("\n") == 4


def test_pdf_lines_wrapped_by_the_page_join(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(["Statement on Karvia", "",
                               "The Republic of Karvia imposed sanctions on Ostrel Shipping on",
                               "Monday after inspectors found that the company had moved grain",
                               "through the blockade, and Lenmark threatened the Republic of",
                               "Karvia with retaliation."]))
    doc = one(path)
    assert ("Ostrel Shipping on Monday after inspectors found that the company had moved grain through the "
            "blockade, and Lenmark threatened the Republic of Karvia with retaliation.") in doc.text
    assert doc.text.startswith("Statement on Karvia\n")


def test_jsonl_text_with_wrapped_lines_joins(tmp_path: Path) -> None:
    body = WRAPPED.split("\n\n", 1)[1]
    (tmp_path / "w.jsonl").write_text(json.dumps({"id": "w-1", "text": body}) + "\n")
    doc = one(tmp_path / "w.jsonl")
    assert doc.id == "w-1" and "threatened the Kenyan officers," in doc.text


def test_decomposed_accents_are_composed(tmp_path: Path) -> None:
    """NFD text (macOS files, many PDFs) splits "Nicola\u0301s" into two words for the extractor."""
    nfd = "Nicola\u0301s Maduro met Delcy Rodri\u0301guez in Bogota\u0301.\n"
    (tmp_path / "nfd.txt").write_text(nfd)
    (tmp_path / "nfd.jsonl").write_text(json.dumps({"title": "Reunio\u0301n", "text": nfd}) + "\n")
    docs, failures = read(tmp_path)
    assert not failures
    for doc in docs:
        assert doc.text == "Nicolás Maduro met Delcy Rodríguez in Bogotá.\n"
        assert doc.id == Document(text=nfd).id  # the hash of the text as read: earlier loads keep their id
    assert [d.title for d in docs] == ["Reunión", None]


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


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("abc XYZ.,:-\"\n"), max_size=90), max_size=30))
def test_unwrapping_only_turns_line_breaks_into_spaces(lines: list[str]) -> None:
    from actorgraph.loaders.doc_text import unwrap_lines

    text = "\n".join(lines)
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))
    assert "\n\n" not in text or all(out[i:i + 2] == "\n\n" for i in range(len(text)) if text[i:i + 2] == "\n\n")


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

