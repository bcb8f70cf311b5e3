"""``actorgraph viz`` through the CLI, on both engines."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from actorgraph.cli import app
from tests.viz.sample_graph import ACTORS, CARTEL, MADURO, USA, load_sample

runner = CliRunner()


def page_data(path: Path) -> dict[str, Any]:
    html = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="ag-data">(.*?)</script>', html, re.DOTALL)
    assert match, "the page has no data block"
    return json.loads(match.group(1))


def node_ids(path: Path) -> set[str]:
    return {n["id"] for n in page_data(path)["nodes"]}


def test_viz_whole_graph(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    out = tmp_path / "all.html"
    res = runner.invoke(app, ["viz", "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert node_ids(out) == {a.id for a in ACTORS}
    assert "wrote" in res.stderr


def test_viz_actor_with_filters(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    out = tmp_path / "ego.html"
    res = runner.invoke(app, ["viz", "--actor", "Nicolas Maduro", "--hops", "2", "--types", "SANCTIONS,DESIGNATES",
                              "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert node_ids(out) == {MADURO.id, USA.id, CARTEL.id}
    assert "Nicolas Maduro" in page_data(out)["title"]
    res = runner.invoke(app, ["viz", "--actor", MADURO.id, "--hops", "1", "--since", "2025-11-01", "--no-undated",
                              "--status", "asserted", "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert node_ids(out) == {MADURO.id, USA.id}


def test_viz_cypher_and_named_query(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    out = tmp_path / "q.html"
    res = runner.invoke(app, ["viz", "--cypher", "MATCH p = (:Country)-[:DESIGNATES]->(:Actor) RETURN p",
                              "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert node_ids(out) == {USA.id, CARTEL.id}
    res = runner.invoke(app, ["viz", "--query", "ego_network", "--param", f"actor={CARTEL.id}", "--param",
                              "hops=1", "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert CARTEL.id in node_ids(out) and USA.id in node_ids(out)


def test_viz_cap_is_reported(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    out = tmp_path / "cap.html"
    res = runner.invoke(app, ["viz", "--max-nodes", "3", "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert len(node_ids(out)) == 3 and page_data(out)["omitted"]["nodes"] == len(ACTORS) - 3
    assert "capped at 3 actors" in res.stderr


def test_viz_errors_are_one_clear_line(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    out = tmp_path / "bad.html"
    cases = [
        (["--actor", "Nobody Anywhere"], "NotFound"),
        (["--actor", MADURO.id, "--since", "yesterday"], "since"),
        (["--actor", MADURO.id, "--types", "SANCTIONS,NOPE"], "unknown relation type"),
        (["--actor", MADURO.id, "--query", "ego_network"], "only one of"),
        (["--param", "k=v"], "--param needs --query"),
        (["--types", "SANCTIONS"], "need --actor"),
    ]
    for args, message in cases:
        res = runner.invoke(app, ["viz", *args, "-o", str(out)], env=engine.env())
        assert res.exit_code == 1, (args, res.output)
        assert message in " ".join(res.stderr.split()) and "Traceback" not in res.output
    assert not out.exists()


def test_viz_of_a_query_cut_at_the_row_cap_warns(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    out = tmp_path / "cut.html"
    env = {**engine.env(), "ACTORGRAPH_MAX_ROWS": "2"}
    res = runner.invoke(app, ["viz", "--cypher", "MATCH p = (:Actor)-[r]->(:Actor) RETURN p", "-o", str(out)], env=env)
    assert res.exit_code == 0, res.output
    assert "row cap of 2" in " ".join(res.stderr.split())
    assert page_data(out)["truncated_rows"] == 2


def test_viz_filters_without_actor_are_refused_not_ignored(engine, store, tmp_path: Path) -> None:
    # A query or Cypher view used to drop --types/--since/--status/--hops silently and draw everything.
    load_sample(store)
    out = tmp_path / "q.html"
    cases = [
        ["--query", "most_connected", "--types", "SANCTIONS"],
        ["--query", "most_connected", "--since", "2030-01-01"],
        ["--cypher", "MATCH p = ()-[r]->() RETURN p", "--status", "denied"],
        ["--cypher", "MATCH p = ()-[r]->() RETURN p", "--no-undated"],
        ["--query", "most_connected", "--hops", "3"],
    ]
    for args in cases:
        res = runner.invoke(app, ["viz", *args, "-o", str(out)], env=engine.env())
        assert res.exit_code == 1, (args, res.output)
        assert "need --actor" in " ".join(res.stderr.split()), (args, res.stderr)
    assert not out.exists()


def test_viz_unwritable_output_is_one_clear_line(engine, store, tmp_path: Path) -> None:
    load_sample(store)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    for out in (tmp_path, blocker / "view.html"):
        res = runner.invoke(app, ["viz", "--actor", USA.id, "-o", str(out)], env=engine.env())
        assert res.exit_code == 1, res.output
        assert isinstance(res.exception, SystemExit) and "Traceback" not in res.output
        assert "cannot write the page" in " ".join(res.stderr.split()) and str(out) in res.stderr


def test_viz_open_hands_the_file_to_the_browser(engine, store, tmp_path: Path, monkeypatch) -> None:
    load_sample(store)
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    out = tmp_path / "open.html"
    res = runner.invoke(app, ["viz", "--actor", USA.id, "--hops", "1", "--open", "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert opened == [out.resolve().as_uri()]


def test_viz_open_without_a_browser_says_so(engine, store, tmp_path: Path, monkeypatch) -> None:
    load_sample(store)
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: False)  # what it returns with no browser
    out = tmp_path / "open.html"
    res = runner.invoke(app, ["viz", "--actor", USA.id, "--hops", "1", "--open", "-o", str(out)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert "no browser" in " ".join(res.stderr.split()) and out.exists()
