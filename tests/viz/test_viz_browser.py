"""The generated page in headless Chromium, opened from disk: drawing, safety, controls, cap message."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from actorgraph.graph import GraphStore
from actorgraph.graph.registry import ontology
from actorgraph.queries.subgraph import Subgraph, cap_subgraph, whole_graph
from actorgraph.viz import write_html
from actorgraph.viz.network import DENIED_COLOR, STYLE_DASHES, build_network
from tests.viz.conftest import OpenedPage
from tests.viz.sample_graph import (
    HOSTILE,
    OFAC,
    RELATIONS,
    TANKER,
    USA,
    VENEZUELA,
    XSS_NAME,
    XSS_SENTENCE,
    XSS_TITLE,
    load_sample,
    sample_subgraph,
)

Opener = Callable[[Path], OpenedPage]


def assert_clean(view: OpenedPage) -> None:
    assert view.console_errors == []
    assert view.external_requests() == []
    assert view.dialogs == []
    assert view.js("document.querySelectorAll('img, iframe, object, embed').length") == 0


def counts(view: OpenedPage) -> tuple[int, int]:
    return tuple(view.js("[actorgraph.nodeView.length, actorgraph.edgeView.length]"))


def drawn(view: OpenedPage) -> tuple[int, int]:
    """What vis-network itself holds for drawing (not just the DataViews)."""
    return tuple(view.js("[actorgraph.network.body.nodeIndices.length, actorgraph.network.body.edgeIndices.length]"))


def hover(view: OpenedPage, node_ids: list[str]) -> str:
    """Move the mouse to a node (one id) or an edge's midpoint (two ids); return the tooltip text."""
    x, y = view.js(
        """ids => { const net = actorgraph.network; const p = ids.map(i => net.getPosition(i));
                    const c = {x: p.reduce((s, q) => s + q.x, 0) / p.length, y: p.reduce((s, q) => s + q.y, 0) / p.length};
                    const d = net.canvasToDOM(c); const r = net.body.container.getBoundingClientRect();
                    return [d.x + r.left, d.y + r.top]; }""", node_ids)
    view.page.mouse.move(x - 30, y - 30)
    view.page.mouse.move(x, y, steps=5)
    tip = view.page.locator("div.vis-tooltip")
    view.page.wait_for_function("() => { const t = document.querySelector('div.vis-tooltip');"
                                " return !!t && getComputedStyle(t).visibility === 'visible'; }", timeout=5000)
    return tip.inner_text()


def test_page_from_store_draws_every_actor_and_edge(store: GraphStore, open_page: Opener, tmp_path: Path,
                                                    artifacts: Path) -> None:
    load_sample(store)
    sub = whole_graph(store, max_nodes=100)
    path = write_html(sub, tmp_path / "whole.html", title="Sample conflict graph", max_nodes=100)
    view = open_page(path)
    expected_edges = len(build_network(sub).edges)
    assert counts(view) == (len(sub.nodes), expected_edges)
    assert drawn(view) == (len(sub.nodes), expected_edges)
    assert view.js("actorgraph.network.physics.options.enabled") is False
    assert view.page.locator("#ag-cap-message").is_hidden()
    view.page.screenshot(path=str(artifacts / f"viz-sample-{store.engine}.png"))
    assert_clean(view)


@pytest.fixture
def sample_view(open_page: Opener, tmp_path: Path) -> OpenedPage:
    return open_page(write_html(sample_subgraph(), tmp_path / "sample.html", max_nodes=100))


def test_hostile_text_is_shown_as_text_and_runs_nothing(sample_view: OpenedPage) -> None:
    node_tip = hover(sample_view, [HOSTILE.id])
    assert XSS_NAME in node_tip and "</script><b>alias</b>" in node_tip
    edge_tip = hover(sample_view, [HOSTILE.id, USA.id])
    assert XSS_SENTENCE in edge_tip and XSS_TITLE in edge_tip
    # The details panel (click) renders links only for http(s) URLs.
    sample_view.js("ids => actorgraph.network.emit('click', {nodes: [], edges: [ids]})",
                   f"{HOSTILE.id}|ACCUSES|{USA.id}")
    panel = sample_view.page.locator("#ag-details")
    assert XSS_SENTENCE in panel.inner_text()
    assert sample_view.js("document.querySelectorAll('#ag-details a').length") == 0
    assert sample_view.page.title() == "ActorGraph network"
    assert_clean(sample_view)


def test_type_and_status_filters_change_what_is_visible(sample_view: OpenedPage) -> None:
    nodes0, edges0 = counts(sample_view)
    sample_view.page.locator("#ag-type-filters input[value=SANCTIONS]").uncheck()
    n_sanction_edges = len({(r.source, r.target) for r in RELATIONS if r.type == "SANCTIONS"})
    assert counts(sample_view) == (nodes0 - 2, edges0 - n_sanction_edges)  # OFAC and the tanker drop out
    hidden = sample_view.js("ids => ids.map(i => actorgraph.nodeView.get(i))", [OFAC.id, TANKER.id])
    assert hidden == [None, None]
    sample_view.page.locator("#ag-hide-isolated").uncheck()
    assert counts(sample_view) == (nodes0, edges0 - n_sanction_edges)
    sample_view.page.locator("#ag-type-filters input[value=SANCTIONS]").check()
    sample_view.page.locator("#ag-status-filters input[value=reported]").uncheck()
    assert counts(sample_view) == (nodes0, edges0 - 1)
    assert drawn(sample_view) == (nodes0, edges0 - 1)
    assert_clean(sample_view)


def test_search_focuses_and_highlights_an_actor(sample_view: OpenedPage) -> None:
    sample_view.page.fill("#ag-search", "caracas")
    sample_view.page.press("#ag-search", "Enter")
    assert sample_view.js("actorgraph.state.highlighted") == VENEZUELA.id
    assert sample_view.js("actorgraph.network.getSelectedNodes()") == [VENEZUELA.id]
    assert "Venezuela" in sample_view.page.locator("#ag-search-status").inner_text()
    sample_view.page.fill("#ag-search", "no such actor at all")
    sample_view.page.press("#ag-search", "Enter")
    assert "no actor matches" in sample_view.page.locator("#ag-search-status").inner_text()
    assert_clean(sample_view)


def _visible_statement_edges(start: str | None, end: str, undated: bool) -> int:
    pairs = set()
    for r in RELATIONS:
        d = r.date.isoformat() if r.date else None
        if (d is None and undated) or (d is not None and d <= end and (start is None or d >= start)):
            pairs.add((min(r.source, r.target), r.type, max(r.source, r.target)))
    return len(pairs)


def test_date_slider_hides_relations_outside_the_window(sample_view: OpenedPage) -> None:
    days = sample_view.js("actorgraph.days")
    assert days == sorted({r.date.isoformat() for r in RELATIONS if r.date})

    def slide(input_id: str, day: str) -> None:
        sample_view.js("([id, i]) => { const el = document.getElementById(id); el.value = String(i);"
                       " el.dispatchEvent(new Event('input')); }", [input_id, days.index(day)])

    slide("ag-date-to", "2025-08-01")
    assert counts(sample_view)[1] == _visible_statement_edges(None, "2025-08-01", True)
    slide("ag-date-from", "2025-07-25")
    assert counts(sample_view)[1] == _visible_statement_edges("2025-07-25", "2025-08-01", True)
    sample_view.page.locator("#ag-undated").uncheck()
    assert counts(sample_view)[1] == _visible_statement_edges("2025-07-25", "2025-08-01", False)
    # The parallel SANCTIONS edge counts only the statement inside the window.
    label = sample_view.js("id => actorgraph.edges.get(id).label", f"{USA.id}|SANCTIONS|{RELATIONS[0].target}")
    assert label == "SANCTIONS"
    sample_view.page.locator("input[name=ag-date-mode][value=asof]").check()
    assert counts(sample_view)[1] == _visible_statement_edges(None, "2025-08-01", False)
    slide("ag-date-to", days[-1])
    assert counts(sample_view)[1] == _visible_statement_edges(None, days[-1], False)
    assert "\u00d72" in sample_view.js("id => actorgraph.edges.get(id).label",
                                       f"{USA.id}|SANCTIONS|{RELATIONS[0].target}")
    assert_clean(sample_view)


def test_statements_hidden_by_the_filters_leave_the_edge_tooltip_and_details(sample_view: OpenedPage) -> None:
    edge_id = f"{USA.id}|SANCTIONS|{RELATIONS[0].target}"
    first, second = RELATIONS[0].evidence.sentence, RELATIONS[1].evidence.sentence
    days = sample_view.js("actorgraph.days")

    def tooltip() -> str:
        return sample_view.js("id => actorgraph.edges.get(id).title.textContent", edge_id)

    def slide_to(day: str) -> None:
        sample_view.js("i => { const el = document.getElementById('ag-date-to'); el.value = String(i);"
                       " el.dispatchEvent(new Event('input')); }", days.index(day))

    assert first in tooltip() and second in tooltip()
    slide_to("2025-08-01")  # the second sanction (2025-11-20) falls outside the window
    assert first in tooltip() and second not in tooltip() and "1 of 2" in tooltip()
    assert second not in hover(sample_view, [USA.id, RELATIONS[0].target])
    sample_view.js("id => actorgraph.network.emit('click', {nodes: [], edges: [id]})", edge_id)
    panel = sample_view.page.locator("#ag-details").inner_text()
    assert first in panel and second not in panel
    slide_to(days[-1])
    assert first in tooltip() and second in tooltip() and "1 of 2" not in tooltip()
    assert_clean(sample_view)


def test_edge_style_follows_the_statements_left_visible(open_page: Opener, tmp_path: Path) -> None:
    # One ATTACKS edge folds an asserted attack and its denial: solid in conflict colour while both show,
    # grey, dotted and marked with a cross once the filters leave only the denial, dashed for an allegation.
    nodes = [{"id": "country:a", "name": "A", "kind": "Country", "degree": 3},
             {"id": "country:b", "name": "B", "kind": "Country", "degree": 3}]
    statuses = ["asserted", "denied", "alleged"]
    edges = [{"id": f"rel:{i}", "source": "country:a", "target": "country:b", "type": "ATTACKS", "status": st,
              "date": f"2025-0{i + 1}-01", "sentence": f"Statement {st}."} for i, st in enumerate(statuses)]
    view = open_page(write_html(Subgraph(nodes, edges), tmp_path / "styles.html", max_nodes=10))
    edge_id = "country:a|ATTACKS|country:b"
    conflict = ontology().class_colors[ontology().relation_types["ATTACKS"].relation_class]

    def style() -> list:
        # What vis-network draws, not only the DataSet.
        return view.js("id => { const o = actorgraph.network.body.edges[id].options;"
                       " return [o.color.color, o.dashes, o.label]; }", edge_id)

    assert style() == [conflict, False, "ATTACKS \u00d73"]
    view.page.locator("#ag-status-filters input[value=asserted]").uncheck()
    assert style() == [conflict, STYLE_DASHES["dashed"], "ATTACKS \u00d72"]
    view.page.locator("#ag-status-filters input[value=alleged]").uncheck()
    assert style() == [DENIED_COLOR, STYLE_DASHES["denied"], "\u2715 ATTACKS"]
    view.page.locator("#ag-status-filters input[value=asserted]").check()
    assert style() == [conflict, False, "ATTACKS \u00d72"]
    assert_clean(view)


def test_cap_message_appears_when_capped(open_page: Opener, tmp_path: Path) -> None:
    view = open_page(write_html(sample_subgraph(), tmp_path / "capped.html", max_nodes=4))
    message = view.page.locator("#ag-cap-message")
    assert message.is_visible()
    assert "4 most connected actors" in message.inner_text() and "7 actors" in message.inner_text()
    assert counts(view)[0] == 4
    assert_clean(view)


def test_a_capped_neighbourhood_says_it_kept_the_nearest_actors(open_page: Opener, tmp_path: Path) -> None:
    sub = sample_subgraph()
    sub.omitted, sub.kept_by = {"nodes": 5, "edges": 9}, "nearest"  # what ego_network returns at its node cap
    text = open_page(write_html(sub, tmp_path / "ego.html")).page.locator("#ag-cap-message").inner_text()
    assert "nearest the centre" in text and "most connected" not in text and "5 actors" in text


def test_statements_left_out_alone_are_not_called_a_node_cap(open_page: Opener, tmp_path: Path) -> None:
    sub = sample_subgraph()
    sub.omitted = {"nodes": 0, "edges": 12}  # a neighbourhood whose statement cap was reached
    view = open_page(write_html(sub, tmp_path / "statements.html", max_nodes=100))
    message = view.page.locator("#ag-cap-message").inner_text()
    assert "12 relation statements" in message and "statement cap" in message
    assert "most connected" not in message
    assert_clean(view)


def test_row_cap_message_appears_when_the_query_was_cut(open_page: Opener, tmp_path: Path) -> None:
    sub = sample_subgraph()
    sub.truncated_rows = 5
    view = open_page(write_html(sub, tmp_path / "cut.html", max_nodes=100))
    message = view.page.locator("#ag-cap-message")
    assert message.is_visible() and "row cap of 5" in message.inner_text()
    assert "left out" not in message.inner_text()  # no actor was dropped by the node cap
    assert_clean(view)


def test_actors_cut_off_by_the_cap_are_still_drawn(open_page: Opener, tmp_path: Path) -> None:
    # At six actors OFAC is kept but the tanker it sanctions is not: OFAC has no edge in the view.
    view = open_page(write_html(sample_subgraph(), tmp_path / "capped6.html", max_nodes=6))
    assert view.js("id => !!actorgraph.nodes.get(id)", OFAC.id)
    assert view.js("id => actorgraph.edges.get({filter: e => e.from === id || e.to === id}).length", OFAC.id) == 0
    assert counts(view) == (6, len(build_network(cap_subgraph(sample_subgraph(), 6)).edges))
    assert drawn(view)[0] == 6
    assert_clean(view)


def test_layout_stops_at_its_time_budget(open_page: Opener, tmp_path: Path) -> None:
    rng = random.Random(3)
    nodes = [{"id": f"person:p{i}", "name": f"P {i}", "kind": "Person", "degree": 0} for i in range(600)]
    edges = [{"id": f"rel:{i}", "source": f"person:p{rng.randrange(600)}", "target": f"person:p{rng.randrange(600)}",
              "type": "SUPPORTS", "status": "asserted"} for i in range(1200)]
    # Far more iterations than 0.2 s allow for 600 actors: the time budget must end the layout.
    path = write_html(Subgraph(nodes, edges), tmp_path / "budget.html", max_nodes=1000,
                      physics_iterations=10_000_000, layout_budget_s=0.2)
    view = open_page(path)
    assert view.js("actorgraph.state.layoutCut") is True
    assert view.js("actorgraph.network.physics.options.enabled") is False
    assert "time budget" in view.page.locator("#ag-layout-status").inner_text()
    assert_clean(view)
