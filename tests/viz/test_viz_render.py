"""The HTML page without a browser: self-contained, escaped, styled from the ontology."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from actorgraph.queries.subgraph import Subgraph
from actorgraph.viz import render_html, script_json, write_html
from actorgraph.viz.network import build_network, status_style
from tests.viz.sample_graph import (
    ACTORS,
    RELATIONS,
    XSS_NAME,
    XSS_SENTENCE,
    XSS_TITLE,
    degree,
    sample_subgraph,
)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    return c


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a\u2028b\u2029c", "&amp;", "</SCRIPT >"])
def test_script_json_round_trips_and_cannot_close_the_script(text: str) -> None:
    encoded = script_json({"k": text})
    assert json.loads(encoded) == {"k": text}
    assert not re.search(r"</script|<!--|[<>&\u2028\u2029]", encoded, re.IGNORECASE)


def test_page_is_self_contained_and_escaped() -> None:
    html = render_html(sample_subgraph(), title="<script>alert('title')</script>", max_nodes=100)
    doc = parse(html)
    scripts = [attrs for tag, attrs in doc.tags if tag == "script"]
    assert len(scripts) == 3 and all("src" not in a for a in scripts)
    assert not [a for tag, a in doc.tags if tag == "link"]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.IGNORECASE)
    # The hostile strings appear only escaped: never as raw markup outside the JSON block.
    assert html.lower().count("</script") == 3 and "sourceMappingURL" not in html
    assert XSS_NAME not in html and XSS_SENTENCE not in html and XSS_TITLE not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    data = json.loads(doc.scripts[0])
    assert XSS_NAME in [n["label"] for n in data["nodes"]]
    assert any(s["sentence"] == XSS_SENTENCE for e in data["edges"] for s in e["statements"])


def test_nodes_and_edges_are_styled_from_the_ontology() -> None:
    from actorgraph.graph import ontology

    o = ontology()
    net = build_network(sample_subgraph())
    by_id = {n["id"]: n for n in net.nodes}
    for actor in ACTORS:
        node = by_id[actor.id]
        assert node["shape"] == o.actor_kinds[actor.kind].shape and node["color"] == o.actor_kinds[actor.kind].color
        assert node["label"] == actor.name
    sizes = {a.id: by_id[a.id]["size"] for a in ACTORS}
    busiest = max(ACTORS, key=degree)
    assert sizes[busiest.id] == max(sizes.values()) > min(sizes.values())
    edges = {e["type"] + ":" + e["style"]: e for e in net.edges}
    assert edges["SANCTIONS:solid"]["color"]["color"] == o.class_colors[o.relation_types["SANCTIONS"].relation_class]
    assert edges["MEETS_WITH:dashed"]["arrows"] == "" and edges["MEETS_WITH:dashed"]["dashes"]
    assert edges["MEMBER_OF:dashed"]["arrows"] == "to"
    assert edges["COOPERATES_WITH:denied"]["color"]["color"] == "#9e9e9e"


def test_parallel_statements_aggregate_by_default() -> None:
    sub = sample_subgraph()
    merged = build_network(sub)
    separate = build_network(sub, aggregate=False)
    assert len(separate.edges) == len(RELATIONS)
    assert len(merged.edges) == len(RELATIONS) - 1
    sanctions = [e for e in merged.edges if e["type"] == "SANCTIONS" and len(e["statements"]) == 2]
    assert len(sanctions) == 1
    assert [s["date"] for s in sanctions[0]["statements"]] == ["2025-07-25", "2025-11-20"]


@pytest.mark.parametrize(("statuses", "style"), [
    (["asserted"], "solid"), (["alleged", "asserted"], "solid"), (["reported"], "dashed"),
    (["alleged", "denied"], "dashed"), (["denied", "negated"], "denied"), (["hypothetical"], "dashed"),
])
def test_status_style(statuses: list[str], style: str) -> None:
    assert status_style(statuses) == style


def test_render_caps_and_reports_what_it_left_out(tmp_path) -> None:
    path = write_html(sample_subgraph(), tmp_path / "sub" / "capped.html", max_nodes=4)
    data = json.loads(parse(path.read_text(encoding="utf-8")).scripts[0])
    assert len(data["nodes"]) == 4
    assert data["omitted"]["nodes"] == len(ACTORS) - 4 and data["omitted"]["edges"] > 0


def test_render_default_cap_comes_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_VIZ_MAX_NODES", "2")
    data = json.loads(parse(render_html(sample_subgraph())).scripts[0])
    assert len(data["nodes"]) == 2


def test_empty_subgraph_renders() -> None:
    data = json.loads(parse(render_html(Subgraph([], []), max_nodes=10)).scripts[0])
    assert data["nodes"] == [] and data["edges"] == []
