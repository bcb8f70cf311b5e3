"""Round 21: "both sides" / "the two sides" are the story's two sides, not the third party that hosts or calls on
them, nor two states cut out of a longer list (pair_callers, listed_countries)."""


def test_host_of_both_sides_is_not_a_side(extract) -> None:
    r = extract("Peru has fought the Red Dawn Front for a decade. Norway said on Monday that the Red Dawn Front "
                "had asked for talks. A Norwegian envoy, Kari Lund, met the group's leaders in Oslo and said Norway "
                "remained ready to host both sides.")
    assert ("Norway", "OFFERS", "Peru") in r.triples
    assert ("Norway", "OFFERS", "Red Dawn Front") in r.triples


def test_two_of_a_three_state_list_are_not_the_two_sides(extract) -> None:
    r = extract("Police in Peru detained forty members of the Andean Workers Party on Monday. The United States, "
                "Britain and Spain urged Peru to respect the right to protest. The party said it would keep "
                "marching. The Peruvian Episcopal Conference urged the two sides to talk.")
    assert ("Peruvian Episcopal Conference", "DEMANDS", "United States") not in r.triples
    assert ("Peruvian Episcopal Conference", "DEMANDS", "United Kingdom") not in r.triples


def test_a_list_ends_at_and(extract) -> None:
    r = extract("Australia and New Zealand, Fiji's main partners, declined to comment. Both countries signed "
                "defence cooperation agreements with Suva last year.")
    assert ("Australia", "AGREES_WITH", "Fiji") in r.triples
    assert ("New Zealand", "AGREES_WITH", "Fiji") in r.triples


def test_the_two_named_sides_still_stand(extract) -> None:
    r = extract("Peru and Chile clashed over fishing rights on Monday. Brazil said it was ready to host both sides.")
    assert ("Brazil", "OFFERS", "Peru") in r.triples
    assert ("Brazil", "OFFERS", "Chile") in r.triples


def test_a_mission_named_after_a_side_still_calls_on_it(extract) -> None:
    r = extract("Fighters of the Eastern Army shelled Tripoli on Monday. The United Nations Mission in Libya "
                "called on both sides to end the fighting.")
    assert ("United Nations Mission", "DEMANDS", "Libya") in r.triples
