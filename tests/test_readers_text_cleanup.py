"""Readers: text cleanup — datelines, hard-wrapped lines joined, decomposed accents composed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from readers_helpers import make_pdf, one, read

from actorgraph.graph import Document


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

@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("abc XYZ.,:-\"\n"), max_size=90), max_size=30))
def test_unwrapping_only_turns_line_breaks_into_spaces(lines: list[str]) -> None:
    from actorgraph.loaders.doc_text import unwrap_lines

    text = "\n".join(lines)
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))
    assert "\n\n" not in text or all(out[i:i + 2] == "\n\n" for i in range(len(text)) if text[i:i + 2] == "\n\n")
