"""Round 18 (D): one capitalised word naming a people ("the Karakalpak people", "the Karakalpak minority") is no
organisation, so "Its director, X" after it goes to the body that spoke."""

from __future__ import annotations


def test_people_after_ethnonym_is_no_body(extract) -> None:
    r = extract('Uzbekistan\'s office for minorities described the raid as "terror against the Karakalpak people" '
                "and said the men were innocent. Its director, Dilnoza Rahimova, said Tashkent would protest.")
    assert "Karakalpak" not in r.kinds
    assert ("Dilnoza Rahimova", "LEADS", "Karakalpak") not in r.triples


def test_minority_is_no_body(extract) -> None:
    r = extract("Police said the Karakalpak minority had been warned.")
    assert "Karakalpak" not in r.kinds
