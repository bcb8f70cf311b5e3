"""A small, hand-written conflict graph used by the query tests on every engine.

Two news documents and one sanctions-list document; actors with accents and aliases; relations of
several types, statuses and dates, including two parallel statements for one pair.
"""

from __future__ import annotations

from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation

NEWS_1 = ("Venezuelan leader Nicolás Maduro spoke by phone with Donald Trump on 21 November, officials in "
          "Caracas said. Trump demanded that Maduro step down. Delcy Rodríguez denied that the government "
          "had asked for guarantees.")
NEWS_2 = ("Secretary of State Marco Rubio accused the Cartel de los Soles of running cocaine routes. "
          "The United States designated the cartel a terrorist organisation. Rubio later met Delcy Rodríguez.")
LIST_TEXT = "SDN entries for Venezuela: MADURO MOROS, Nicolas; RODRIGUEZ GOMEZ, Delcy Eloina."


def actors() -> dict[str, Actor]:
    a = [
        Actor(name="Nicolás Maduro", kind="Person", aliases=["Nicolas MADURO MOROS", "Maduro"],
              external_ids=["ofac:22790"], description="President of Venezuela"),
        Actor(name="Donald Trump", kind="Person", aliases=["Trump"]),
        Actor(name="Delcy Rodríguez", kind="Person", aliases=["Delcy Eloína RODRÍGUEZ GÓMEZ"],
              external_ids=["ofac:22791"]),
        Actor(name="Marco Rubio", kind="Person"),
        Actor(name="Cartel de los Soles", kind="Organization", aliases=["Cartel of the Suns"]),
        Actor(name="United States", kind="Country", aliases=["USA", "Washington"]),
        Actor(name="Venezuela", kind="Country", aliases=["Caracas"]),
        Actor(name="OFAC", kind="Organization", aliases=["Office of Foreign Assets Control"]),
        Actor(name="Isolated Vessel", kind="Vessel"),
    ]
    return {x.name: x for x in a}


def documents() -> list[Document]:
    return [
        Document(text=NEWS_1, title="Maduro and Trump talk", url="https://news.example/1",
                 source="Example Wire", published="2025-11-22"),
        Document(text=NEWS_2, title="Rubio on the cartel", url="https://news.example/2",
                 source="Example Post", published="2025-11-25"),
        Document(text=LIST_TEXT, title="SDN list extract", source="OFAC", published="2024-05-03"),
    ]


def _ev(doc: Document, sentence: str | None = None, locator: str | None = None) -> Evidence:
    if sentence is None:
        return Evidence(document_id=doc.id, locator=locator)
    start = doc.text.index(sentence)
    return Evidence(document_id=doc.id, sentence=sentence, start=start, end=start + len(sentence))


def load(store: GraphStore) -> dict[str, Actor]:
    """Load the fixture into ``store``; returns the actors by name."""
    A = actors()
    d1, d2, d3 = documents()
    ids = {n: a.id for n, a in A.items()}
    rel1 = [
        Relation(source=ids["Nicolás Maduro"], type="MEETS_WITH", target=ids["Donald Trump"], date="2025-11-21",
                 status="reported", attributed_to=ids["Venezuela"], confidence=0.9,
                 evidence=_ev(d1, "Venezuelan leader Nicolás Maduro spoke by phone with Donald Trump on 21 "
                                  "November, officials in Caracas said.")),
        Relation(source=ids["Donald Trump"], type="DEMANDS", target=ids["Nicolás Maduro"], date="2025-11-21",
                 confidence=0.8, evidence=_ev(d1, "Trump demanded that Maduro step down.")),
        Relation(source=ids["Delcy Rodríguez"], type="NEGOTIATES_WITH", target=ids["United States"],
                 status="denied", confidence=0.6,
                 evidence=_ev(d1, "Delcy Rodríguez denied that the government had asked for guarantees.")),
        Relation(source=ids["Delcy Rodríguez"], type="MEMBER_OF", target=ids["Venezuela"],
                 evidence=_ev(d1, "Delcy Rodríguez denied that the government had asked for guarantees.")),
    ]
    rel2 = [
        Relation(source=ids["Marco Rubio"], type="ACCUSES", target=ids["Cartel de los Soles"],
                 date="2025-11-24", evidence=_ev(d2, "Secretary of State Marco Rubio accused the Cartel de "
                                                     "los Soles of running cocaine routes.")),
        Relation(source=ids["United States"], type="DESIGNATES", target=ids["Cartel de los Soles"],
                 date="2025-11-24", properties={"programs": ["FTO"]},
                 evidence=_ev(d2, "The United States designated the cartel a terrorist organisation.")),
        Relation(source=ids["Marco Rubio"], type="MEETS_WITH", target=ids["Delcy Rodríguez"], date="2025-11-25",
                 status="alleged", confidence=0.5,
                 evidence=_ev(d2, "Rubio later met Delcy Rodríguez.")),
        Relation(source=ids["Marco Rubio"], type="HOLDS_POSITION", target=ids["United States"],
                 evidence=_ev(d2, "Secretary of State Marco Rubio accused the Cartel de los Soles of running "
                                  "cocaine routes.")),
    ]
    rel3 = [
        Relation(source=ids["OFAC"], type="SANCTIONS", target=ids["Nicolás Maduro"], date="2017-07-31",
                 properties={"programs": ["VENEZUELA", "VENEZUELA-EO13692"]},
                 evidence=_ev(d3, locator="sdn.csv#22790")),
        Relation(source=ids["OFAC"], type="SANCTIONS", target=ids["Delcy Rodríguez"], date="2018-09-25",
                 properties={"programs": ["VENEZUELA-EO13692"]}, evidence=_ev(d3, locator="sdn.csv#22791")),
        Relation(source=ids["OFAC"], type="SANCTIONS", target=ids["Nicolás Maduro"], date="2018-01-05",
                 properties={"programs": ["VENEZUELA-EO13850"]}, evidence=_ev(d3, locator="sdn.csv#22790b")),
    ]
    names1 = ["Nicolás Maduro", "Donald Trump", "Delcy Rodríguez", "United States", "Venezuela"]
    names2 = ["Marco Rubio", "Cartel de los Soles", "United States", "Delcy Rodríguez"]
    names3 = ["OFAC", "Nicolás Maduro", "Delcy Rodríguez"]
    store.load_document(d1, [A[n] for n in names1], rel1, {ids[n]: 2 if n == "Nicolás Maduro" else 1 for n in names1})
    store.load_document(d2, [A[n] for n in names2], rel2)
    store.load_document(d3, [A[n] for n in names3], rel3)
    store.upsert_actors([A["Isolated Vessel"]])
    return A
