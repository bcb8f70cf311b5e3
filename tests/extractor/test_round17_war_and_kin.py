"""Round 17 (lead): "A has been at war with B" (and "A and B have been at war since ...") is fighting both ways,
negated when denied; a kinsman named by a body's role ("the sister of Coastal Front commander X") is family."""

from __future__ import annotations


def test_at_war_with_is_mutual(extract) -> None:
    r = extract("The Highland Liberation Army has been at war with Ghana's army since 2019.")
    assert ("Highland Liberation Army", "ATTACKS", "Ghana") in r.triples
    assert ("Ghana", "ATTACKS", "Highland Liberation Army") in r.triples


def test_two_parties_at_war(extract) -> None:
    r = extract("Togo and the Highland Liberation Army have been at war since 2019.")
    assert {("Togo", "ATTACKS", "Highland Liberation Army"), ("Highland Liberation Army", "ATTACKS", "Togo")} <= r.triples


def test_not_at_war_is_negated(extract) -> None:
    r = extract("Benin is not at war with Togo, the foreign minister said on Monday.")
    assert r.rel("Benin", "ATTACKS", "Togo").status.value == "negated"


def test_kin_of_a_bodys_commander(extract) -> None:
    r = extract("Ghana sanctioned Efua Boateng, the sister of Highland Liberation Army commander Kofi Boateng.")
    assert ("Efua Boateng", "FAMILY_OF", "Kofi Boateng") in r.triples
    assert ("Kofi Boateng", "LEADS", "Highland Liberation Army") in r.triples


def test_allied_with_is_an_allys_standing(extract) -> None:
    r = extract("Laos is closely allied with Vietnam.")
    assert ("Laos", "SUPPORTS", "Vietnam") in r.triples
    r = extract("The Mountain Front, which is aligned with Togo, attacked the town.")
    assert ("Mountain Front", "SUPPORTS", "Togo") in r.triples
    r = extract("Laos allied itself with Vietnam.")
    assert ("Laos", "COOPERATES_WITH", "Vietnam") in r.triples


def test_led_by_a_general(extract) -> None:
    r = extract("Guinea is led by General Mamadi Camara.")
    assert ("Mamadi Camara", "LEADS", "Guinea") in r.triples
    r = extract("Guinea's junta is led by General Mamadi Camara.")
    assert ("Mamadi Camara", "LEADS", "Guinea") in r.triples
    r = extract("The delegation was led by Defence Minister Awa Diallo.")
    assert not any(t[1] == "LEADS" for t in r.triples)


def test_two_parties_agreeing_to_a_ceasefire_agree_both_ways(extract) -> None:
    r = extract("Togo and the Highland Liberation Army have agreed to a ceasefire in the north.")
    assert {("Togo", "AGREES_WITH", "Highland Liberation Army"),
            ("Highland Liberation Army", "AGREES_WITH", "Togo")} <= r.triples


def test_counted_fighters_of_a_body_are_the_body(extract) -> None:
    r = extract("Ghanaian troops killed three Highland Liberation Army fighters on Monday.")
    assert ("Ghana", "ATTACKS", "Highland Liberation Army") in r.triples
    r = extract("Ghana arrested five Highland Liberation Army members.")
    assert ("Ghana", "COERCES", "Highland Liberation Army") in r.triples
    r = extract("Ghanaian troops killed three Togolese soldiers.")
    assert ("Ghana", "ATTACKS", "Togo") in r.triples


def test_a_states_warship_is_the_state(extract) -> None:
    r = extract("The Highland Liberation Army fired missiles at a U.S. warship on Monday.")
    assert ("Highland Liberation Army", "ATTACKS", "United States") in r.triples
