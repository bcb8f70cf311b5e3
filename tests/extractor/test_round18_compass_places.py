"""Round 18: one word after "south/north/... of the" ("stay south of the Tarqa") is a river or region, not a
body (single_word_runs._COMPASS)."""


def test_a_word_after_south_of_the_is_a_place(extract) -> None:
    r = extract("Chile said its troops would stay south of the Tarqa until Peru withdrew.")
    assert {a.name for a in r.extraction.actors} == {"Chile", "Peru"}
