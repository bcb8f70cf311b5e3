"""The inter-annotator agreement script scores a second annotation the way the extractor is scored."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.agreement import agreement, main

ARTICLE = """---
title: Border talks stall
published: 2025-03-14
---
Kestrel Republic accused Norland of shelling a border post on Tuesday. Norland denied it.
"""

FIRST = {
    "actors": [
        {"name": "Kestrel Republic", "kind": "Country"},
        {"name": "Norland", "kind": "Country"},
        {"name": "Ivo Brandt", "kind": "Person"},
    ],
    "relations": [
        {"source": "Kestrel Republic", "type": "ACCUSES", "target": "Norland", "status": "asserted", "date": "2025-03-11"},
        {"source": "Norland", "type": "DENIES", "target": "Kestrel Republic", "status": "asserted", "date": None},
        {"source": "Norland", "type": "ATTACKS", "target": "Kestrel Republic", "status": "alleged", "date": "2025-03-11"},
    ],
}


def _corpus(tmp_path: Path, second: dict) -> tuple[Path, Path]:
    corpus, other = tmp_path / "corpus", tmp_path / "second"
    corpus.mkdir()
    other.mkdir()
    (corpus / "01-border.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "01-border.gold.yaml").write_text(yaml.safe_dump(FIRST), encoding="utf-8")
    (other / "01-border.gold.yaml").write_text(yaml.safe_dump(second), encoding="utf-8")
    return corpus, other


def test_identical_annotations_agree_fully(tmp_path: Path) -> None:
    _, summary = agreement(*_corpus(tmp_path, FIRST))
    assert summary["relations"]["f1"] == 1.0
    assert summary["actors"]["f1"] == 1.0
    assert summary["status_agreement"] == 1.0 and summary["date_agreement"] == 1.0


def test_disagreements_count_on_both_sides_and_by_type(tmp_path: Path) -> None:
    second = {
        "actors": [{"name": "Kestrel", "kind": "Country"}, {"name": "Norland", "kind": "Country"}],
        "relations": [
            {"source": "Kestrel", "type": "ACCUSES", "target": "Norland", "status": "asserted", "date": None},
            {"source": "Kestrel", "type": "PROTESTS", "target": "Norland", "status": "asserted", "date": None},
        ],
    }
    results, summary = agreement(*_corpus(tmp_path, second))
    rel = summary["relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 1, 2)
    assert summary["actors"]["fn"] == 1  # the second annotator left out the person
    assert summary["date_agreement"] == 0.0  # one matched relation, dated by one annotator only
    assert summary["disagreements_by_type"]["PROTESTS"] == {"only_second": 1}
    assert summary["disagreements_by_type"]["DENIES"] == {"only_first": 1}


def test_relation_naming_an_unlisted_actor_is_an_error_naming_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = {"actors": [{"name": "Norland", "kind": "Country"}],
              "relations": [{"source": "Oslandia", "type": "ACCUSES", "target": "Norland"}]}
    corpus, other = _corpus(tmp_path, broken)
    assert main(["--corpus", str(corpus), "--second", str(other)]) == 2
    err = capsys.readouterr().err
    assert "01-border.gold.yaml" in err and "relation 1" in err and "Oslandia" in err
