"""A title's country guessed from the article ("President X" in a story mostly about Peru) is dropped when the
same document has X threaten, sanction or designate that country: no one does that to the state they hold
office in. Accusing or raiding does not count: critics accuse their own government, police raid at home."""

from __future__ import annotations


def test_a_president_who_threatens_the_story_state_does_not_lead_it(extract) -> None:
    r = extract("Peru and Chile held talks in Lima on Tuesday, the first since President Ana Velasco took office. "
                "Velasco had threatened Peru with tariffs if it refused to reopen the border.")
    assert ("Ana Velasco", "THREATENS", "Peru") in r.triples
    assert ("Ana Velasco", "LEADS", "Peru") not in r.triples


def test_a_minister_who_sanctions_the_story_state_holds_no_post_there(extract) -> None:
    r = extract("Peru protested on Friday. Finance Minister Omar Kessler imposed sanctions on Peru over the mine "
                "dispute, and Peru said it would answer.")
    assert ("Omar Kessler", "SANCTIONS", "Peru") in r.triples
    assert ("Omar Kessler", "HOLDS_POSITION", "Peru") not in r.triples


def test_a_senator_who_accuses_the_government_keeps_the_guessed_post(extract) -> None:
    r = extract("Peru's cabinet met on Monday. Senator Lucia Paredes accused the government of hiding the "
                "figures from Congress.")
    assert ("Lucia Paredes", "HOLDS_POSITION", "Peru") in r.triples


def test_a_minister_who_deals_with_the_only_state_named_holds_no_post_there(extract) -> None:
    r = extract("Foreign Minister Ines Calvo signed a trade deal with Peru on Monday.")
    assert ("Ines Calvo", "AGREES_WITH", "Peru") in r.triples
    assert ("Ines Calvo", "HOLDS_POSITION", "Peru") not in r.triples


def test_a_minister_who_makes_demands_of_the_state_keeps_the_guessed_post(extract) -> None:
    r = extract("Peru's cabinet met on Monday. Interior Minister Raul Vega called on the government to free "
                "the prisoners.")
    assert ("Raul Vega", "HOLDS_POSITION", "Peru") in r.triples
