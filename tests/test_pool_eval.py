"""The pooled scorer gives, per set, exactly what eval_extraction gives for that set, and names its misses."""

from __future__ import annotations

import re

import pytest

from benchmarks import pool_eval
from benchmarks.eval_extraction import CORPUS, evaluate


def test_line_parsing_round_trips_eval_extraction_lines() -> None:
    assert pool_eval._triple("Ana Ruiz -ACCUSES-> Republic of Norland [alleged]") == (
        "Ana Ruiz", "ACCUSES", "Republic of Norland")
    assert pool_eval._triple("A -SANCTIONS-> B") == ("A", "SANCTIONS", "B")


def _numbers(line: str) -> tuple[int, int, int]:
    found = re.search(r"tp\s+(\d+) fp\s+(\d+) fn\s+(\d+)", line)
    assert found, line
    tp, fp, fn = map(int, found.groups())
    return tp, fp, fn


def test_summary_and_actor_scores_match_eval_extraction(capsys: pytest.CaptureFixture[str]) -> None:
    _, summary = evaluate(CORPUS)
    rel, act = summary["relations"], summary["actors"]
    pool_eval.main(["--sets", CORPUS.name])
    lines = capsys.readouterr().out.splitlines()
    assert _numbers(lines[0]) == _numbers(lines[1]) == (rel["tp"], rel["fp"], rel["fn"])
    pool_eval.main(["--sets", CORPUS.name, "--actors"])
    out = capsys.readouterr().out.splitlines()
    assert _numbers(out[0]) == (act["tp"], act["fp"], act["fn"])
    listed = [ln for ln in out[2:] if ln.startswith(("missed", "spurious", "kind"))]
    assert sum(ln.startswith("spurious") for ln in listed) == act["fp"]


def test_misses_are_listed_one_per_missed_gold_relation(capsys: pytest.CaptureFixture[str]) -> None:
    _, summary = evaluate(CORPUS)
    pool_eval.main(["--sets", CORPUS.name, "--misses"])
    misses = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith(f"{CORPUS.name}/")]
    assert len(misses) == summary["relations"]["fn"]


def test_an_unknown_set_is_a_clear_error() -> None:
    with pytest.raises(SystemExit, match="no set"):
        pool_eval.main(["--sets", "no_such_set"])


def test_an_exact_name_is_matched_before_a_longer_gold_name_that_contains_it() -> None:
    from types import SimpleNamespace

    from benchmarks.eval_extraction import Score, match_actors

    def actor(id_: str, name: str, kind: str = "Organization") -> SimpleNamespace:
        return SimpleNamespace(id=id_, name=name, kind=kind, aliases=[])

    extraction = SimpleNamespace(actors=[actor("eu", "European Union"), actor("council", "Council of the European Union"),
                                         actor("x", "Ruritania", "Organization")])
    gold = {"actors": [{"name": "Council of the European Union", "kind": "Organization"},
                       {"name": "European Union", "kind": "Organization"},
                       {"name": "Ruritania", "kind": "Country"}]}
    score = Score()
    mapping = match_actors(extraction, gold, score)  # type: ignore[arg-type]
    assert mapping == {"council": "Council of the European Union", "eu": "European Union", "x": "Ruritania"}
    assert (score.tp, score.fp, score.fn) == (2, 0, 1)  # the wrong kind maps but is not counted right
