"""Readers and ingest throughput: how fast documents are read per format, extracted and loaded.

    python -m benchmarks ingest [--size small|full] [--extractor rules]

Generates N made-up news documents per format (txt, md, html, jsonl, rss, pdf) in a temp folder, then
times (1) reading each format with ``read_inputs``, (2) reading + extraction with the chosen extractor,
and (3) the whole ``ingest_documents`` path into a fresh embedded FalkorDB (one transaction per
document), plus a re-ingest of the same files (idempotent path). Prints one JSON line per measurement.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph import Document, open_store  # noqa: E402
from actorgraph.loaders.extractors import get_extractor  # noqa: E402
from actorgraph.loaders.ingest import extract_document, ingest_documents  # noqa: E402
from actorgraph.loaders.readers import ReadFailure, read_inputs  # noqa: E402

SIZES = {"tiny": 20, "small": 200, "full": 1000}
PEOPLE = ["Anna Kovac", "Omar Haddad", "Lena Brandt", "Tomas Ruiz", "Mei Tanaka", "Yusuf Demir", "Clara Osei"]
STATES = ["Karvia", "Lenmark", "Ostmark", "Valdoria", "Sereth", "Mirovia"]
ORGS = ["Ostrel Shipping", "Northgate Bank", "Red Delta Front", "Baltar Energy", "Union of Dock Workers"]
TEMPLATES = [
    "{s} imposed sanctions on {o} on {d}, officials said.",
    "Foreign Minister {p} of {s} met {q} in Geneva to discuss the dispute.",
    "{s} accused {o} of smuggling weapons across the border.",
    "{o} denied the accusation and called it politically motivated.",
    "President {p} threatened {s} with a full trade embargo.",
    "{s} and {t} agreed to hold a second round of talks next month.",
    "Police in {s} arrested two executives of {o}, according to state media.",
]


def _article(rng: random.Random, i: int) -> tuple[str, str]:
    day = f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])}"
    sentences = []
    for _ in range(rng.randint(6, 14)):
        s, t = rng.sample(STATES, 2)
        sentences.append(rng.choice(TEMPLATES).format(s=s, t=t, o=rng.choice(ORGS), p=rng.choice(PEOPLE),
                                                      q=rng.choice(PEOPLE), d=day))
    return f"Report {i}: tensions between {rng.choice(STATES)} and {rng.choice(STATES)}", " ".join(sentences)


def _pdf(title: str, text: str) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    ops = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td", f"({title}) Tj T*"]
    ops += [f"({s.strip()}.) Tj T*" for s in text.split(".") if s.strip()]
    stream = DecodedStreamObject()
    stream.set_data("\n".join([*ops, "ET"]).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write_corpus(root: Path, n: int, seed: int = 0) -> dict[str, Path]:
    rng = random.Random(seed)
    dirs = {fmt: root / fmt for fmt in ("txt", "md", "html", "jsonl", "rss", "pdf")}
    for d in dirs.values():
        d.mkdir()
    lines, items = [], []
    for i in range(n):
        title, text = _article(rng, i)
        (dirs["txt"] / f"{i}.txt").write_text(f"{title}\n\n{text}\n")
        (dirs["md"] / f"{i}.md").write_text(f"---\ntitle: \"{title}\"\npublished: 2025-06-{i % 28 + 1:02d}\n---\n"
                                            f"# {title}\n\n{text}\n")
        (dirs["html"] / f"{i}.html").write_text(
            f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>{title}</h1>" + "".join(f"<p>{s}.</p>" for s in text.split(". ")) +
            "</article><footer>Copyright</footer></body></html>")
        (dirs["pdf"] / f"{i}.pdf").write_bytes(_pdf(title, text))
        lines.append(json.dumps({"title": title, "text": text, "published": "2025-06-01"}))
        items.append(f"<item><title>{title}</title><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>"
                     f"<description>{text}</description></item>")
    (dirs["jsonl"] / "all.jsonl").write_text("\n".join(lines) + "\n")
    (dirs["rss"] / "all.rss").write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Bench</title>"
                                         + "".join(items) + "</channel></rss>")
    return dirs


def _docs(path: Path) -> list[Document]:
    items = list(read_inputs([str(path)]))
    failures = [str(i) for i in items if isinstance(i, ReadFailure)]
    if failures:
        raise SystemExit(f"benchmark corpus did not read cleanly: {failures[:3]}")
    return [i for i in items if isinstance(i, Document)]


def emit(**row: Any) -> None:
    print(json.dumps(row), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--extractor", default="rules")
    args = ap.parse_args()
    n = SIZES[args.size]
    extractor = get_extractor(args.extractor)
    with tempfile.TemporaryDirectory() as tmp:
        dirs = write_corpus(Path(tmp), n)
        for fmt, path in dirs.items():
            mb = sum(p.stat().st_size for p in path.iterdir()) / 1e6
            t0 = time.perf_counter()
            docs = _docs(path)
            read_s = time.perf_counter() - t0
            emit(bench="read", format=fmt, documents=len(docs), mb=round(mb, 2), seconds=round(read_s, 3),
                 docs_per_s=round(len(docs) / read_s, 1))
        docs = _docs(dirs["txt"])
        t0 = time.perf_counter()
        relations = sum(len(extract_document(d, extractor).relations) for d in docs)
        ex_s = time.perf_counter() - t0
        emit(bench="extract", extractor=args.extractor, documents=len(docs), relations=relations,
             seconds=round(ex_s, 3), docs_per_s=round(len(docs) / ex_s, 1))
        store = open_store(f"falkordb-lite://{tmp}/store", graph="bench_ingest")
        try:
            for label in ("ingest", "re-ingest"):
                t0 = time.perf_counter()
                report = ingest_documents(store, read_inputs([str(dirs["txt"])]), extractor, link=False,
                                          keep_extractions=False)
                s = time.perf_counter() - t0
                emit(bench=label, engine="falkordb-lite", documents=report.documents, relations=report.relations,
                     failures=len(report.failures), seconds=round(s, 3), docs_per_s=round(report.documents / s, 1))
        finally:
            store.close()


if __name__ == "__main__":
    main()
