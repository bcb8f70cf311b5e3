"""An extraction loads into the graph and comes back queryable, on both engines; loading twice is idempotent."""

from __future__ import annotations

import datetime as dt

from actorgraph.graph.model import Document
from actorgraph.loaders.extractor import RuleBasedExtractor

ARTICLE = (
    "Kazakh President Nurlan Abenov met Uzbek Foreign Minister Dilnoza Karimova in Astana on 12 May.\n\n"
    "Kazakhstan reportedly offered Uzbekistan a share of the new pipeline. Tashkent rejected the proposal and "
    "accused Astana of allegedly funding the Fergana Freedom Front. Abenov denied the accusation."
)


def test_extraction_loads_and_queries(store) -> None:
    doc = Document(text=ARTICLE, title="Astana talks", published=dt.date(2025, 5, 14))
    ex = RuleBasedExtractor().extract(doc)
    store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)
    store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)  # idempotent
    rows = store.query(
        "MATCH (a:Actor)-[r:MEETS_WITH]-(b:Actor) WHERE a.name = $a RETURN b.name AS other, r.date AS date, "
        "r.sentence AS sentence, r.start AS start, r.end AS end",
        {"a": "Nurlan Abenov"},
    ).rows
    assert rows and rows[0]["other"] == "Dilnoza Karimova"
    assert str(rows[0]["date"]) == "2025-05-12"
    assert ARTICLE[rows[0]["start"] : rows[0]["end"]] == rows[0]["sentence"]
    count = store.query("MATCH ()-[r]->() WHERE r.doc_id = $d AND type(r) <> 'MENTIONS' RETURN count(r) AS n",
                        {"d": doc.id}).rows
    assert count[0]["n"] == len(ex.relations)
    offered = store.query("MATCH (:Actor {name: 'Kazakhstan'})-[r:OFFERS]->(:Actor {name: 'Uzbekistan'}) "
                          "RETURN r.status AS status").rows
    assert offered and offered[0]["status"] == "reported"
