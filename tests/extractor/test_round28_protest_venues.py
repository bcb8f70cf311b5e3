"""Round 28: a protest told by where it is held protests whoever the venue belongs to (protest_venues.py)."""

_DATELINE = "QUITO, May 6 (Wire) - "


def test_sit_in_outside_a_foreign_mission(extract) -> None:
    r = extract(_DATELINE + "The Highland Growers' Alliance staged a sit-in outside the Peruvian embassy on Monday.")
    assert ("Highland Growers' Alliance", "PROTESTS", "Peru") in r.triples
    r = extract(_DATELINE + "The Highland Growers' Alliance held a vigil outside Colombia's consulate on Monday.")
    assert ("Highland Growers' Alliance", "PROTESTS", "Colombia") in r.triples


def test_protest_after_another_act_of_the_same_subject(extract) -> None:
    r = extract(_DATELINE + "The Highland Growers' Alliance, which represents farmers, accused Peru of diverting the "
                "river and staged a sit-in outside the Indian High Commission on Monday.")
    assert ("Highland Growers' Alliance", "PROTESTS", "India") in r.triples
    assert ("Peru", "PROTESTS", "India") not in r.triples


def test_seat_of_power_is_the_story_state(extract) -> None:
    r = extract(_DATELINE + "Ecuador raised fuel prices on Sunday. Supporters of the opposition Citizen Front "
                "protested outside parliament on Monday.")
    assert ("Citizen Front", "PROTESTS", "Ecuador") in r.triples
    r = extract(_DATELINE + "Ecuador raised fuel prices on Sunday. The Citizen Front said it would hold a rally outside "
                "the presidential palace on Friday.")
    assert r.rel("Citizen Front", "PROTESTS", "Ecuador").status.value == "hypothetical"


def test_named_building_or_office(extract) -> None:
    r = extract(_DATELINE + "Ecuador's Congress voted on Sunday. Hundreds of protesters gathered outside the Congress "
                "building on Monday night.")
    assert ("Hundreds of protesters", "PROTESTS", "Congress") in r.triples
    r = extract(_DATELINE + "About 200 protesters marched on Elena Vargas Pino's office on Monday.")
    assert ("About 200 protesters", "PROTESTS", "Elena Vargas Pino") in r.triples


def test_no_protest_without_an_owned_venue_or_a_holder(extract) -> None:
    for text in ("The Citizen Front staged a sit-in outside the court on Monday.",
                 "The Citizen Front held a rally outside the stadium on Monday.",
                 "The Citizen Front said it would call off a planned march on parliament if Ecuador agreed to talks.",
                 "The Citizen Front said police had broken up a protest outside parliament."):
        r = extract(_DATELINE + text)
        assert not any(t[1] == "PROTESTS" for t in r.triples), text
