"""A small hand-written conflict graph for the view tests: parallel, undirected, undated, alleged, denied
and SAME_AS relations, an isolated actor, and hostile text (script tags, event-handler markup, a
``javascript:`` link) in names, sentences and document fields."""

from __future__ import annotations

from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.queries.subgraph import Subgraph

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "</script><script>alert(1)</script> said the statement"
XSS_TITLE = "<b onmouseover=alert(2)>Bold claim</b>"

USA = Actor(name="United States", kind="Country", aliases=["Washington"])
VENEZUELA = Actor(name="Venezuela", kind="Country", aliases=["Caracas"])
MADURO = Actor(name="Nicolás Maduro", kind="Person", aliases=["MADURO MOROS, Nicolas"], external_ids=["ofac:22790"])
MADURO_DUP = Actor(name="Nicolas Maduro Moros", kind="Person")
TRUMP = Actor(name="Donald Trump", kind="Person")
CABELLO = Actor(name="Diosdado Cabello", kind="Person")
OFAC = Actor(name="Office of Foreign Assets Control", kind="Organization", aliases=["OFAC"])
CARTEL = Actor(name="Cartel de los Soles", kind="Organization")
TANKER = Actor(name="Skipper", kind="Vessel")
HOSTILE = Actor(name=XSS_NAME, kind="Group", aliases=["</script><b>alias</b>"])
LONER = Actor(name="Lone Observer", kind="Person")
ACTORS = [USA, VENEZUELA, MADURO, MADURO_DUP, TRUMP, CABELLO, OFAC, CARTEL, TANKER, HOSTILE, LONER]

DOC_SANCTIONS = Document(text="Washington widened its measures against Caracas twice this year.",
                         title="Measures widen", url="https://news.example.org/measures", published="2025-11-20")
DOC_CALL = Document(text="The two presidents were said to have spoken by phone.", title="A phone call",
                    url="https://news.example.org/call", published="2025-11-22")
DOC_HOSTILE = Document(text="Hostile sample text for escaping tests.", title=XSS_TITLE,
                       url="javascript:alert(3)", published="2025-10-02")


def _rel(n: int, doc: Document, source: Actor, rtype: str, target: Actor, date: str | None,
         status: str = "asserted", sentence: str | None = None) -> Relation:
    return Relation(source=source.id, type=rtype, target=target.id, date=date, status=status,
                    evidence=Evidence(document_id=doc.id, sentence=sentence or f"Statement {n}.",
                                      start=n * 10, end=n * 10 + 9))


RELATIONS = [
    _rel(1, DOC_SANCTIONS, USA, "SANCTIONS", MADURO, "2025-07-25"),
    _rel(2, DOC_SANCTIONS, USA, "SANCTIONS", MADURO, "2025-11-20"),
    _rel(3, DOC_SANCTIONS, USA, "DESIGNATES", CARTEL, "2025-11-24"),
    _rel(4, DOC_CALL, TRUMP, "MEETS_WITH", MADURO, "2025-11-21", status="reported"),
    _rel(5, DOC_CALL, MADURO, "LEADS", VENEZUELA, None),
    _rel(6, DOC_SANCTIONS, CABELLO, "MEMBER_OF", CARTEL, "2025-03-01", status="alleged"),
    _rel(7, DOC_SANCTIONS, VENEZUELA, "COOPERATES_WITH", CARTEL, "2025-08-01", status="denied"),
    _rel(8, DOC_SANCTIONS, OFAC, "SANCTIONS", TANKER, "2025-12-10"),
    _rel(9, DOC_HOSTILE, HOSTILE, "ACCUSES", USA, "2025-10-01", sentence=XSS_SENTENCE),
    _rel(10, DOC_CALL, MADURO, "SAME_AS", MADURO_DUP, None),
]

# Degrees (relation statements per actor) follow from RELATIONS; the tests derive them rather than copy them.
DOCS = {d.id: d for d in (DOC_SANCTIONS, DOC_CALL, DOC_HOSTILE)}


def load_sample(store: GraphStore) -> None:
    for doc in DOCS.values():
        rels = [r for r in RELATIONS if r.evidence.document_id == doc.id]
        ids = {r.source for r in rels} | {r.target for r in rels}
        store.load_document(doc, [a for a in ACTORS if a.id in ids], rels)
    store.upsert_actors([LONER])


def degree(actor: Actor) -> int:
    return sum((r.source == actor.id) + (r.target == actor.id) for r in RELATIONS)


def sample_subgraph() -> Subgraph:
    """The sample graph as a Subgraph, without a store (for page tests)."""
    nodes = [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "external_ids": a.external_ids,
              "degree": degree(a)} for a in ACTORS]
    edges = [{"id": r.id, "source": r.source, "target": r.target, "type": r.type,
              "date": r.date.isoformat() if r.date else None, "status": r.status.value,
              "sentence": r.evidence.sentence, "doc_id": r.evidence.document_id,
              "document_title": DOCS[r.evidence.document_id].title,
              "document_url": DOCS[r.evidence.document_id].url} for r in RELATIONS]
    return Subgraph(nodes, edges)
