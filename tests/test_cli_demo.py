"""``actorgraph demo`` through the real CLI, on both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cli_helpers import DOCS, require_rule_based_extractor, run, stats


def test_demo_ingests_a_folder_writes_the_network_and_summarises(engine: Any, tmp_path: Path) -> None:
    out = tmp_path / "view" / "network.html"
    result = run(["demo", "--articles", str(DOCS), "--extractor", "double", "--no-link", "--out", str(out)],
                 engine.env())
    assert result.exit_code == 0, result.stderr
    page = out.read_text()
    assert "Ostrel Shipping" in page and "Republic of Karvia" in page
    assert "most attested events" in result.stdout and "SANCTIONS" in result.stdout
    assert result.stderr.count("loaded ") == 13
    assert stats(engine)["documents"] == 13

def test_demo_example_articles_all_read_cleanly() -> None:
    from actorgraph.commands.demo import example_articles_dir
    from actorgraph.graph import Document
    from actorgraph.loaders.readers import read_inputs

    items = list(read_inputs([str(example_articles_dir())]))
    assert all(isinstance(i, Document) for i in items), [str(i) for i in items]
    assert len(items) >= 5
    assert all(i.title and i.published for i in items)  # type: ignore[union-attr]
    assert {Path(i.path or "").suffix for i in items} >= {".md", ".txt", ".html", ".json"}  # type: ignore[union-attr]

def test_demo_with_the_real_extractor_on_the_examples(engine: Any, tmp_path: Path) -> None:
    require_rule_based_extractor()
    out = tmp_path / "network.html"
    result = run(["demo", "--out", str(out)], engine.env())
    assert result.exit_code == 0, result.stderr
    s = stats(engine)
    assert s["documents"] >= 5 and s["relations"] >= 10 and out.stat().st_size > 10_000

def test_demo_summary_lists_events_not_standing_ties(store):
    from actorgraph.commands.demo import top_relations
    from actorgraph.graph import Actor, Document, Evidence, Relation

    a, b = Actor(name="Ilse Varga", kind="Person"), Actor(name="Karvia", kind="Country")
    doc = Document(text="Ilse Varga leads Karvia. Karvia sanctioned Ilse Varga on 2 May 2025.", title="t")
    rels = [Relation(source=a.id, type="LEADS", target=b.id, evidence=Evidence(document_id=doc.id, sentence=f"s{i}",
                                                                              start=i, end=i + 1)) for i in range(3)]
    rels.append(Relation(source=b.id, type="SANCTIONS", target=a.id, date="2025-05-02",
                         evidence=Evidence(document_id=doc.id, sentence="Karvia sanctioned", start=30, end=40)))
    store.load_document(doc, [a, b], rels)
    rows = top_relations(store)
    assert [(r["rel"], r["statements"], r["last"]) for r in rows] == [("SANCTIONS", 1, "2025-05-02")]
