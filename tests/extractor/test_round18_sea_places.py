"""Round 18: a name after "off" (at sea: "anchored off Punta Sal") or after a compass point and "of" ("30 miles
east of Isla Grande") is a place, not a person (run_words.PLACE_PREPS, PLACE_OF)."""


def test_a_cape_off_which_ships_anchor_is_no_person(extract) -> None:
    r = extract("Both tankers were escorted to an anchorage off Punta Sal.")
    assert not any(a.name == "Punta Sal" for a in r.extraction.actors)


def test_a_place_east_of_which_a_ship_is_stopped_is_no_person(extract) -> None:
    r = extract("Peru's coast guard intercepted the ship some 30 nautical miles east of Punta Sal.")
    assert not any(a.name == "Punta Sal" for a in r.extraction.actors)


def test_a_ship_seized_off_an_island_seizes_no_island(extract) -> None:
    r = extract("Chile's navy seized a tanker off Isla Grande in 2023.")
    assert not any(t[2] == "Isla Grande" for t in r.triples)
