"""The canonical article in ../shared/examples must yield at least the graph its README lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from actorgraph.graph.model import Document
from actorgraph.loaders.extractor import RuleBasedExtractor

ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "maduro-trump-call.txt"


@pytest.fixture(scope="module")
def graph() -> dict:
    if not ARTICLE.exists():
        pytest.skip("../shared/examples is not available")
    text = ARTICLE.read_text(encoding="utf-8")
    ex = RuleBasedExtractor().extract(Document(text=text, published=dt.date(2025, 12, 2)))
    names = {a.id: a.name for a in ex.actors}
    return {"ex": ex, "names": names, "kinds": {a.name: a.kind for a in ex.actors}}


def edges(graph: dict, source: str, rel_type: str, target: str) -> list:
    names = graph["names"]
    return [r for r in graph["ex"].relations
            if r.type == rel_type and source in names[r.source] and target in names[r.target]]


def test_actors(graph: dict) -> None:
    kinds = graph["kinds"]
    for name, kind in [("Nicolás Maduro", "Person"), ("Donald Trump", "Person"), ("Delcy Rodríguez", "Person"),
                       ("Cartel of the Suns", "Organization"), ("Venezuela", "Country"),
                       ("United States", "Country")]:
        assert kinds.get(name) == kind, name
    groups = [n for n, k in kinds.items() if k == "Group"]
    assert any("venezuelan officials" in g.lower() for g in groups)


def test_negotiation_dated_reported_and_attributed(graph: dict) -> None:
    found = edges(graph, "Maduro", "NEGOTIATES_WITH", "Trump")
    assert found
    dated = [r for r in found if r.date == dt.date(2025, 11, 21)]
    assert dated and all(r.status == "reported" for r in dated)
    assert graph["names"][dated[0].attributed_to] == "Reuters"


@pytest.mark.parametrize(
    ("source", "rel_type", "target", "status"),
    [
        ("United States", "DESIGNATES", "Cartel of the Suns", None),
        ("Maduro", "SUPPORTS", "Delcy Rodríguez", "alleged"),
        ("Trump", "REJECTS", "Maduro", None),
        ("Trump", "OFFERS", "Maduro", None),
        ("Venezuela", "DENIES", "United States", None),
        ("Delcy Rodríguez", "HOLDS_POSITION", "Venezuela", None),
        ("Maduro", "LEADS", "Venezuela", None),
        ("Trump", "LEADS", "United States", None),
    ],
)
def test_listed_fact(graph: dict, source: str, rel_type: str, target: str, status: str | None) -> None:
    found = edges(graph, source, rel_type, target)
    assert found, f"{source} -{rel_type}-> {target}"
    if status:
        assert any(r.status == status for r in found)


def test_sanctions_on_officials_have_the_united_states_as_implicit_agent(graph: dict) -> None:
    found = edges(graph, "United States", "SANCTIONS", "officials")
    assert found and found[0].properties.get("agent") == "implicit"


def test_demands_alleged(graph: dict) -> None:
    found = edges(graph, "Maduro", "DEMANDS", "Trump") + edges(graph, "Maduro", "DEMANDS", "United States")
    assert any(r.status == "alleged" for r in found)


def test_association_with_cartel_is_alleged(graph: dict) -> None:
    found = edges(graph, "Maduro", "ASSOCIATED_WITH", "Cartel") + edges(graph, "Cartel", "ASSOCIATED_WITH", "Maduro")
    assert found and all(r.status == "alleged" for r in found)


def test_evidence_offsets(graph: dict) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    for r in graph["ex"].relations:
        ev = r.evidence
        assert ev.start is not None and text[ev.start : ev.end] == ev.sentence
