"""Shared by the reader tests: the fixture documents, a PDF builder and short ways to read inputs."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from actorgraph.graph import Document
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
