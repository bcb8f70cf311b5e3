"""Round 28, force, inquiries and threats: an inquiry into a surname, a search of a party's premises, force on
hideouts inside a state, the object after a labelling clause, and a readiness to answer a state's act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("inquiry", ["an investigation into", "a probe into", "an inquiry into"])
def test_an_inquiry_into_a_surname_names_the_person(extract, inquiry) -> None:
    r = extract(f"Opposition leader Tomasz Wolski spoke in Gdansk. Poland opened {inquiry} Wolski on Friday.")
    assert ("Poland", "INVESTIGATES", "Tomasz Wolski") in r.triples


def test_into_a_country_is_still_a_place(extract) -> None:
    assert ("Poland", "INVESTIGATES", "Belarus") not in extract("Poland sent troops into Belarus.").triples


@pytest.mark.parametrize("premises", ["the offices of", "the Gdansk offices of", "the headquarters of", "the home of"])
def test_a_search_of_premises_is_an_inquiry_into_their_owner(extract, premises) -> None:
    r = extract(f"Polish investigators searched {premises} Baltic Amber Holdings on Tuesday.")
    assert ("Poland", "INVESTIGATES", "Baltic Amber Holdings") in r.triples


def test_a_search_for_someone_is_no_inquiry(extract) -> None:
    r = extract("Polish police searched the forest for Tomasz Wolski on Tuesday.")
    assert not any(t[1] == "INVESTIGATES" for t in r.triples)


@pytest.mark.parametrize("site", ["militant hideouts", "rebel strongholds", "targets", "positions"])
def test_force_on_hideouts_inside_a_state_falls_on_the_state(extract, site) -> None:
    r = extract(f"Polish jets struck {site} in Belarus overnight.")
    assert ("Poland", "ATTACKS", "Belarus") in r.triples


def test_positions_bought_are_no_force(extract) -> None:
    assert ("Poland", "ATTACKS", "Belarus") not in extract("Poland bought positions in Belarus.").triples


@pytest.mark.parametrize("labeller", ["the army", "officials", "it"])
def test_the_object_after_a_labelling_clause_is_struck_and_not_called(extract, labeller) -> None:
    r = extract(f"Polish jets struck what {labeller} called hideouts of the Amber Liberation Front on Monday.")
    assert ("Poland", "ATTACKS", "Amber Liberation Front") in r.triples
    assert ("Poland", "MEETS_WITH", "Amber Liberation Front") not in r.triples


def test_a_phone_call_is_still_a_meeting(extract) -> None:
    assert ("Poland", "MEETS_WITH", "Lithuania") in extract("Poland's president called Lithuania's president.").triples


@pytest.mark.parametrize("text", [
    "Poland said its forces were ready to respond to any Belarusian aggression.",
    "Poland said it would respond to any Belarusian attack.",
    "General Anna Nowak said her forces were \"ready to respond to any Belarusian incursion\".",
])
def test_readiness_to_answer_a_states_act_threatens_that_state(extract, text) -> None:
    assert any(t[1:] == ("THREATENS", "Belarus") for t in extract(text).triples)


@pytest.mark.parametrize("what", ["proposal", "request"])
def test_answering_a_proposal_is_no_threat(extract, what) -> None:
    r = extract(f"Poland said it was ready to respond to the Belarusian {what}.")
    assert ("Poland", "THREATENS", "Belarus") not in r.triples


@pytest.mark.parametrize("taken", ["was taken from his home", "was taken away from his flat"])
def test_a_person_taken_from_home_is_seized_by_the_state(extract, taken) -> None:
    r = extract(f"Poland held a vote on Sunday. Tomasz Wolski {taken} by plain-clothes officers on Monday.")
    assert ("Poland", "COERCES", "Tomasz Wolski") in r.triples


def test_goods_taken_from_a_home_seize_nobody(extract) -> None:
    r = extract("Poland held a vote on Sunday. Files were taken from his home by Tomasz Wolski.")
    assert not any(t[1] == "COERCES" for t in r.triples)


def test_removed_from_office_in_the_passive(extract) -> None:
    r = extract("Poland held a vote on Sunday. Tomasz Wolski was removed from office on Friday.")
    assert ("Poland", "COERCES", "Tomasz Wolski") in r.triples


@pytest.mark.parametrize("short", ["", " (ARP)"])
def test_who_is_said_of_the_person_not_the_body_in_their_description(extract, short) -> None:
    r = extract("Poland held a vote on Sunday. Police named Anna Nowak, deputy leader of the opposition Amber Renewal "
                f"Party{short}, who was arrested on Monday.")
    assert ("Poland", "COERCES", "Anna Nowak") in r.triples
    assert ("Poland", "COERCES", "Amber Renewal Party") not in r.triples


@pytest.mark.parametrize("rank", ["General", "Brigadier General"])
def test_a_ranked_person_named_among_a_group_is_acted_on_too(extract, rank) -> None:
    r = extract(f"The European Union froze the assets of three Belarusian commanders, including {rank} Piotr Zając.")
    assert ("European Union", "SANCTIONS", "Piotr Zając") in r.triples


@pytest.mark.parametrize("who", ["Investigators", "Prosecutors also"])
def test_an_investigators_raid_on_premises_is_an_inquiry_not_force(extract, who) -> None:
    r = extract(f"Poland held a vote on Sunday. {who} raided the headquarters of Baltic Amber Holdings on Monday.")
    assert ("Poland", "INVESTIGATES", "Baltic Amber Holdings") in r.triples
    assert ("Poland", "ATTACKS", "Baltic Amber Holdings") not in r.triples


def test_a_troops_raid_stays_force(extract) -> None:
    r = extract("Polish troops raided a camp of the Amber Liberation Front on Monday.")
    assert ("Poland", "ATTACKS", "Amber Liberation Front") in r.triples
