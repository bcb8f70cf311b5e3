"""A news outlet named before one of its people ("Reuters journalist X", "Al Jazeera reporter X") is an
organisation, and the person is the one acted on; a capitalised adjective opening a sentence is no outlet."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("outlet", ["Meridian Post", "Kestrel News", "KNTV"])
def test_the_person_after_an_outlet_is_the_one_detained(extract, outlet) -> None:
    r = extract(f"Peru detained {outlet} journalist Ana Reyes on Monday.")
    assert ("Peru", "COERCES", "Ana Reyes") in r.triples
    assert ("Peru", "COERCES", outlet) not in r.triples
    assert r.kinds.get(outlet) in (None, "Organization")


def test_an_outlet_opening_the_sentence(extract) -> None:
    r = extract("Kestrel News reporter Ana Reyes accused Peru of torture.")
    assert ("Ana Reyes", "ACCUSES", "Peru") in r.triples
    assert r.kinds.get("Kestrel News") in (None, "Organization")


def test_a_capitalised_adjective_opening_a_sentence_is_no_outlet(extract) -> None:
    r = extract("Independent journalists accused Peru of torture.")
    assert "Independent" not in r.kinds


def test_a_person_listed_before_a_journalist_stays_an_object(extract) -> None:
    r = extract("Peru arrested opposition leader Tomas Vidal and journalist Marta Quispe.")
    assert ("Peru", "COERCES", "Tomas Vidal") in r.triples
    assert ("Peru", "COERCES", "Marta Quispe") in r.triples
