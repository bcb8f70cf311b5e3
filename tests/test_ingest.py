"""``ingest_documents`` and friends, on both engines, with a predictable test-double extractor."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from extractor_double import DoubleExtractor, ExplodingExtractor

from actorgraph.errors import InvalidInput
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractors import extractor_names, get_extractor, register_extractor
from actorgraph.loaders.ingest import (
    count_sentences,
    extract_document,
    extraction_to_jsonl,
    extractions_to_jsonl,
    ingest_documents,
    ingest_extractions,
)
from actorgraph.loaders.readers import ReadFailure, read_inputs

DOCS = Path(__file__).parent / "fixtures" / "docs"


def require_rule_based_extractor() -> None:
    try:
        from actorgraph.loaders.extractor import RuleBasedExtractor  # noqa: F401
    except ImportError as err:
        pytest.skip(f"the rule-based extractor is not available yet: {err}")


def doc(text: str, **kw: object) -> Document:
    return Document(text=text, **kw)  # type: ignore[arg-type]


def doc_ids(store: GraphStore) -> set[str]:
    return set(store.query("MATCH (d:Document) RETURN d.id AS id").values("id"))


def test_fixture_folder_loads_with_evidence(store: GraphStore) -> None:
    report = ingest_documents(store, read_inputs([str(DOCS)]), DoubleExtractor(), link=False)
    assert report.ok, report.failures
    assert report.documents == 13 == store.stats()["documents"]
    assert report.relations == store.stats()["relations"] > 10
    assert report.actors == store.stats()["actors"] == 4
    row = store.query(
        "MATCH (a:Actor {id: $s})-[r:SANCTIONS]->(b:Actor {id: $t}) WHERE r.doc_id = $d "
        "RETURN r.sentence AS sentence, r.start AS start, r.end AS end, r.date AS date",
        {"s": "country:republic-of-karvia", "t": "organization:ostrel-shipping", "d": "example-statement-17"},
    ).rows
    assert len(row) == 1
    assert row[0]["sentence"].startswith("The Republic of Karvia imposed sanctions on Ostrel Shipping")
    assert row[0]["date"] == "2025-08-30"
    text = next(d for d in read_inputs([str(DOCS / "statement.json")]) if isinstance(d, Document)).text
    assert text[row[0]["start"]:row[0]["end"]].strip() == row[0]["sentence"]
    mentions = store.query("MATCH (d:Document {id: $d})-[m:MENTIONS]->(a:Actor) RETURN a.id AS id, m.count AS n",
                           {"d": "example-statement-17"}).rows
    assert {r["id"]: r["n"] for r in mentions} == {"country:republic-of-karvia": 1, "organization:ostrel-shipping": 1}


def test_reingest_is_idempotent(store: GraphStore) -> None:
    ingest_documents(store, read_inputs([str(DOCS)]), DoubleExtractor(), link=False)
    before = store.stats()
    again = ingest_documents(store, read_inputs([str(DOCS)]), DoubleExtractor(), link=False)
    assert again.ok and store.stats() == before


def test_dry_run_writes_nothing(store: GraphStore) -> None:
    report = ingest_documents(store, read_inputs([str(DOCS)]), DoubleExtractor(), dry_run=True)
    assert report.documents == 13 and report.relations > 10
    stats = store.stats()
    assert (stats["documents"], stats["actors"], stats["relations"]) == (0, 0, 0)
    with pytest.raises(ValueError):
        ingest_documents(None, [], DoubleExtractor())


def test_failing_document_leaves_nothing_and_others_load(store: GraphStore) -> None:
    good = doc("Lenmark threatened Ostrel Shipping.", path="good.txt")
    boom = doc("Elena Voss met the Republic of Karvia. BOOM", path="boom.txt")
    failures: list[ReadFailure | Document] = [ReadFailure("broken.jsonl", "broken JSON", 7)]
    report = ingest_documents(store, [good, boom, *failures], ExplodingExtractor(), link=False)
    assert report.failures == ["boom.txt: extraction failed: RuntimeError: extractor crashed",
                               "broken.jsonl:7: broken JSON"]
    assert doc_ids(store) == {good.id}
    assert store.stats()["actors"] == 2  # nothing of the Voss/Karvia document


class MultiLineErrorExtractor:
    name = "multiline-error"

    def extract(self, document: Document) -> Extraction:
        raise ValueError("first line\nsecond line\n  third")


def test_each_failure_is_one_line_whatever_the_error_or_file_name(store: GraphStore) -> None:
    d = doc("Lenmark threatened Ostrel Shipping.", path="wire/two\nlines.txt")
    report = ingest_documents(store, [d], MultiLineErrorExtractor(), link=False)
    assert report.failures == ["wire/two\\nlines.txt: extraction failed: ValueError: first line second line third"]
    assert doc_ids(store) == set()


def test_a_second_document_under_the_same_id_is_refused_not_swapped_in(store: GraphStore) -> None:
    first = doc("Lenmark threatened Ostrel Shipping.", id="wire-1", path="a.jsonl")
    again = doc("Lenmark threatened Ostrel Shipping.", id="wire-1", path="a.jsonl")  # the same record twice
    other = doc("Elena Voss met the Republic of Karvia.", id="wire-1", path="b.jsonl")
    seen: dict[str, str] = {}
    report = ingest_documents(store, [first, again], DoubleExtractor(), link=False, seen_ids=seen)
    assert report.ok
    report = ingest_documents(store, [other], DoubleExtractor(), link=False, seen_ids=seen)
    assert report.failures == ["b.jsonl: document id 'wire-1' is already used by another document with different "
                               "text in this run; not loaded (give each document its own id)"]
    assert report.documents == 0
    rels = store.query("MATCH ()-[r]->() WHERE r.doc_id = $d RETURN type(r) AS t", {"d": "wire-1"}).values("t")
    assert rels == ["THREATENS"]  # the first document's statement is still there


class DanglingExtractor:
    """Returns a relation whose target it does not list: the store must refuse the whole document."""

    name = "dangling"

    def extract(self, document: Document) -> Extraction:
        a = Actor(name="Lenmark", kind="Country")
        rel = Relation(source=a.id, type="THREATENS", target="country:nowhere",
                       evidence=Evidence(document_id=document.id, sentence=document.text, start=0,
                                         end=len(document.text)))
        return Extraction(document=document, actors=[a], relations=[rel])


def test_inconsistent_extraction_is_refused_atomically(store: GraphStore) -> None:
    d = doc("Lenmark threatened somebody.", path="x.txt")
    report = ingest_documents(store, [d], DanglingExtractor(), link=False)
    assert len(report.failures) == 1
    assert report.failures[0].startswith("x.txt: ") and "country:nowhere" in report.failures[0]
    stats = store.stats()
    assert (stats["documents"], stats["actors"], stats["relations"]) == (0, 0, 0)


def test_list_extractions_and_a_reader_error_midway(store: GraphStore) -> None:
    def batches() -> Iterator[Extraction]:
        a, b = Actor(name="Ostrel Shipping", kind="Organization"), Actor(name="Lenmark", kind="Country")
        yield Extraction(document=None, actors=[a, b])
        raise InvalidInput("row has 3 fields, expected 12", file="sdn.csv", line=41)

    report = ingest_extractions(store, batches(), "sdn.csv")
    assert report.failures == ["sdn.csv:41: row has 3 fields, expected 12"]
    assert store.stats()["actors"] == 2 and report.actors == 2


def test_a_list_loaded_in_batches_counts_as_one_document(store: GraphStore) -> None:
    from actorgraph.loaders.ofac import read_ofac

    sdn = DOCS.parent / "ofac" / "sdn-2025-01-15.csv"
    batches = list(read_ofac(sdn, batch_size=2))
    assert len(batches) > 2
    report = ingest_extractions(store, batches, str(sdn))
    assert report.ok, report.failures
    assert report.documents == 1 == store.stats()["documents"]


def test_linking_runs_after_loading(store: GraphStore) -> None:
    report = ingest_documents(store, [doc("Lenmark threatened Ostrel Shipping.")], DoubleExtractor(), link=True)
    assert report.ok, report.failures
    assert report.link is not None and hasattr(report.link, "merges")


def test_missing_linker_is_reported_not_fatal(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "actorgraph.loaders.resolve", None)  # import now raises ImportError
    report = ingest_documents(store, [doc("Lenmark threatened Ostrel Shipping.")], DoubleExtractor(), link=True)
    assert report.documents == 1 and any("--no-link" in f for f in report.failures)


def test_extract_document_fills_document_and_checks_endpoints() -> None:
    d = doc("Lenmark threatened Ostrel Shipping.")
    ext = extract_document(d, DoubleExtractor())
    assert ext.document is d and [r.type for r in ext.relations] == ["THREATENS"]
    with pytest.raises(InvalidInput, match="country:nowhere"):
        extract_document(d, DanglingExtractor())


def test_extractor_registry_by_name() -> None:
    register_extractor("double-for-test", DoubleExtractor)
    assert "double-for-test" in extractor_names() and "rules" in extractor_names()
    first = get_extractor("double-for-test")
    assert isinstance(first, DoubleExtractor) and get_extractor("double-for-test") is first
    with pytest.raises(InvalidInput, match="unknown extractor 'nope'.*rules"):
        get_extractor("nope")


def test_jsonl_records_actors_first_merged_across_documents() -> None:
    d1 = doc("Lenmark threatened Ostrel Shipping.", title="One")
    d2 = doc("Lenmark accused Ostrel Shipping of smuggling.", title="Two")
    ex = DoubleExtractor()
    e1, e2 = ex.extract(d1), ex.extract(d2)
    e2.actors[0].aliases.append("Kingdom of Lenmark")
    records = list(extractions_to_jsonl([e1, e2]))
    kinds = [r["type"] for r in records]
    assert kinds == ["actor", "actor", "relation", "relation"]
    assert records[0] == {"type": "actor", "id": "country:lenmark", "name": "Lenmark", "kind": "Country",
                          "aliases": ["Kingdom of Lenmark"]}
    rel = records[3]
    assert rel["rel"] == "ACCUSES" and rel["evidence"]["title"] == "Two" and rel["evidence"]["document"] == d2.id
    assert rel["status"] == "asserted" and rel["date"] is None
    assert [r["type"] for r in extraction_to_jsonl(e1)] == ["actor", "actor", "relation"]
    assert e1.actors[0].aliases == []  # serialising never changes the extraction


def test_count_sentences() -> None:
    assert count_sentences("One. Two! Three? \"Four.\" Five") == 5
    assert count_sentences("Headline without period\n\nBody sentence one. U.S. officials met.") == 3
    assert count_sentences("") == 0


def test_real_rule_based_extractor_on_fixtures(store: GraphStore) -> None:
    require_rule_based_extractor()
    report = ingest_documents(store, read_inputs([str(DOCS)]), get_extractor("rules"), link=False)
    assert report.ok, report.failures
    assert report.documents == 13 and store.stats()["documents"] == 13
    assert report.actors > 0 and report.relations > 0
    names = set(store.query("MATCH (a:Actor) RETURN a.name AS n").values("n"))
    assert any("Karvia" in n for n in names) and any("Ostrel" in n for n in names)


def test_extractor_plugins_come_from_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    import actorgraph.loaders.extractors as registry

    plugin = EntryPoint(name="plugin-double", value="extractor_double:DoubleExtractor",
                        group=registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry, "entry_points", lambda group: [plugin] if group == plugin.group else [])
    monkeypatch.delitem(registry._instances, "plugin-double", raising=False)
    assert "plugin-double" in extractor_names()
    extractor = get_extractor("plugin-double")
    assert type(extractor).__name__ == "DoubleExtractor"
    report = ingest_documents(None, [doc("Lenmark threatened Ostrel Shipping.")], extractor, dry_run=True)
    assert report.relations == 1
