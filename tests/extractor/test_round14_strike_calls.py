"""Round 14, events: a body calling or threatening strikes and street protests, with no target named, acts against
the state the story is set in (or the body its condition names). Sentences invented for these tests."""

from __future__ import annotations


def test_called_a_general_strike_protests_the_state(extract):
    r = extract("MASERU, May 2 - A court in Lesotho jailed two former ministers. The Basotho Democratic Front, which "
                "is barred from contesting elections, condemned the verdict and called a general strike for next "
                "week.")
    assert ("Basotho Democratic Front", "PROTESTS", "Lesotho") in r.triples


def test_threatened_street_protests_is_a_threat(extract):
    r = extract("THIMPHU, May 3 - Bhutan rejected the plan. The opposition Druk Workers Party has threatened street "
                "protests if no talks are held by July.")
    assert ("Druk Workers Party", "THREATENS", "Bhutan") in r.triples


def test_threat_conditioned_on_a_named_body(extract):
    r = extract("SUCRE, May 3 - Bolivia's Plurinational Legislative Assembly will vote in June. The Oruro Civic "
                "Committee has threatened to call a general strike if the assembly ratifies the mining deal.")
    assert ("Oruro Civic Committee", "THREATENS", "Plurinational Legislative Assembly") in r.triples
    assert ("Oruro Civic Committee", "THREATENS", "Bolivia") not in r.triples


def test_strike_aimed_at_a_named_company_is_not_against_the_state(extract):
    r = extract("LUSAKA, May 3 - Zambia's copper output fell. The Mineworkers Union of Zambia called a strike "
                "against Copperbelt Mining Holdings on Monday.")
    assert ("Mineworkers Union of Zambia", "PROTESTS", "Zambia") not in r.triples


def test_a_person_calling_a_strike_is_left_to_the_speech_rules(extract):
    r = extract("LUSAKA, May 3 - Zambia's copper output fell. Union leader Mwila Banda called a strike on Monday.")
    assert ("Mwila Banda", "PROTESTS", "Zambia") not in r.triples


def test_calling_the_strike_illegal_is_no_strike_call(extract):
    r = extract("LUSAKA, May 3 - Zambia's copper output fell. The Chamber of Mines called the strike illegal.")
    assert not any(t == "PROTESTS" for _, t, _ in r.triples)


def test_military_strikes_on_a_named_target_are_no_strike_call(extract):
    r = extract("KABUL, May 2 - Afghanistan closed a border crossing. The Mountain Lions Front threatened strikes on "
                "Pakistan's army posts.")
    assert ("Mountain Lions Front", "THREATENS", "Afghanistan") not in r.triples


def test_who_led_a_protest_protests_the_state(extract):
    r = extract("FREETOWN, Oct 15 - Sierra Leone tried coup plotters. Police on Monday arrested Musa Kamara, the "
                "party's youth leader, who had led a protest outside the courthouse that morning.")
    assert ("Musa Kamara", "PROTESTS", "Sierra Leone") in r.triples


def test_members_joined_the_protest(extract):
    r = extract("ACCRA, Oct 10 - Ghana raised fuel taxes. Members of the Ghana National Association of Teachers, "
                "which is fighting a pay freeze, also joined the protest.")
    assert any(s.endswith("Ghana National Association of Teachers") and t == "PROTESTS" and o == "Ghana"
               for s, t, o in r.triples)
