"""Readers: every input format, folders, globs, pipes and stdin."""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
from pathlib import Path

import pytest
from readers_helpers import DOCS, make_pdf, one, read


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
