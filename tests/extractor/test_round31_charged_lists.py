"""Round 31 (lead, at merge): listed_countries passes over a list that acted on a third state only when the pair
is called on or dealt with ("urged both governments"), not when it is charged ("accused the three governments"):
the one charging is then usually that third state, and the list is the pair it charges."""


def test_charged_list_is_the_earlier_list(extract) -> None:
    r = extract("Venezuela protested on Friday after Spain, Portugal and Italy imposed new visa curbs on Caracas.\n\n"
                "Foreign Ministry spokeswoman Alba Quintero called the curbs unlawful. She accused the three "
                "governments of bowing to pressure from Washington.")
    for state in ("Spain", "Portugal", "Italy"):
        assert ("Alba Quintero", "ACCUSES", state) in r.triples


def test_called_pair_still_passes_over_a_list_acting_on_a_third_state(extract) -> None:
    r = extract("Burkina Faso and Ivory Coast have quarrelled over border posts since March. Ghana and Togo sent "
                "aid to Burkina Faso on Monday.\n\nNigeria urged both governments to resume talks.")
    assert ("Nigeria", "DEMANDS", "Ghana") not in r.triples
    assert ("Nigeria", "DEMANDS", "Ivory Coast") in r.triples
