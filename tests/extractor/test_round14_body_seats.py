"""A seat that in political news names an international body ("Brussels" for the European Union) is that body
when it acts or is acted on, and only a place after a preposition of place."""

from __future__ import annotations


def test_a_state_urging_brussels_makes_a_demand_of_the_european_union(extract) -> None:
    r = extract("Vietnam urged Brussels to drop the new steel quotas before the summit.")
    assert ("Vietnam", "DEMANDS", "European Union") in r.triples
    assert "Belgium" not in r.kinds
    assert r.kinds["European Union"] == "Organization"


def test_brussels_and_the_eu_are_one_actor(extract) -> None:
    r = extract("The European Union fined two Serbian exporters on Tuesday. Belgrade accused Brussels of "
                "protectionism.")
    assert ("Serbia", "ACCUSES", "European Union") in r.triples
    assert sum(1 for name in r.kinds if name in ("European Union", "Brussels", "EU")) == 1


def test_a_meeting_in_brussels_is_a_place_not_an_actor(extract) -> None:
    r = extract("Foreign ministers of Chile and Peru met in Brussels on Monday to discuss fishing rights.")
    assert "European Union" not in r.kinds
    assert "Belgium" not in r.kinds


def test_other_seats_still_name_their_state(extract) -> None:
    r = extract("Canberra accused Beijing of harassing its fishing boats.")
    assert ("Australia", "ACCUSES", "China") in r.triples


def test_a_brussels_dateline_does_not_make_belgium_the_story_state(extract) -> None:
    r = extract("BRUSSELS, May 3 - Latvia accused Hungary of stalling the talks. Foreign Minister Ilze Berzina "
                "said the delay was unacceptable.")
    assert "Belgium" not in r.kinds
    assert ("Ilze Berzina", "HOLDS_POSITION", "Latvia") in r.triples


def test_a_capital_dateline_still_gives_the_story_state(extract) -> None:
    r = extract("RIGA, May 3 - Foreign Minister Ilze Berzina said the delay was unacceptable.")
    assert ("Ilze Berzina", "HOLDS_POSITION", "Latvia") in r.triples
