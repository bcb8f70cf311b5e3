"""The wire-copy wordings of force, coercion and prosecution (benchmarks/probes_vocabulary.py): "launched drones at X",
"fired rockets into X", "targeted X with drones", "mounted an attack on X", "a counteroffensive against X", "took X
into custody", "placed X under house arrest", "locked up X", "severed diplomatic relations with X", "put X on trial",
"summoned X for questioning" (an inquiry, not a protest)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Eritrea launched drones at Sudan overnight.",
    "Eritrea fired rockets into Sudan.",
    "Eritrea launched a wave of missiles at Sudan.",
    "Eritrea targeted Sudan with drones.",
    "Eritrea mounted an attack on Sudan.",
])
def test_attack_wordings(extract, text: str) -> None:
    assert ("Eritrea", "ATTACKS", "Sudan") in extract(text).triples


def test_a_counteroffensive(extract) -> None:
    r = extract("Eritrea launched a counteroffensive against the Red Sea Liberation Front.")
    assert ("Eritrea", "ATTACKS", "Red Sea Liberation Front") in r.triples


@pytest.mark.parametrize("text", [
    "Eritrea took opposition leader Selam Tesfaye into custody.",
    "Eritrea placed opposition leader Selam Tesfaye under house arrest.",
    "Eritrea held opposition leader Selam Tesfaye without charge.",
    "Eritrea locked up opposition leader Selam Tesfaye.",
])
def test_detention_wordings(extract, text: str) -> None:
    assert ("Eritrea", "COERCES", "Selam Tesfaye") in extract(text).triples


@pytest.mark.parametrize("verb", ["severed", "broke off"])
def test_breaking_off_relations(extract, verb: str) -> None:
    assert ("Eritrea", "COERCES", "Sudan") in extract(f"Eritrea {verb} diplomatic relations with Sudan.").triples


def test_put_on_trial(extract) -> None:
    r = extract("Eritrea put opposition leader Selam Tesfaye on trial.")
    assert ("Eritrea", "INVESTIGATES", "Selam Tesfaye") in r.triples


def test_summoned_for_questioning_is_no_protest(extract) -> None:
    r = extract("Eritrea summoned opposition leader Selam Tesfaye for questioning.")
    assert ("Eritrea", "INVESTIGATES", "Selam Tesfaye") in r.triples
    assert ("Eritrea", "PROTESTS", "Selam Tesfaye") not in r.triples
