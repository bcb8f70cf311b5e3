"""Round 17, capitals and cities named as places: a capital after the preposition that places the subject's own
property ("the strike on its embassy in X") is where the property lies, not a party to the act; and what the same
rules must leave alone (an act on things inside a country is an act on it, a capital used as its government)."""

from __future__ import annotations

# -- the place of the subject's own property ----------------------------------------------------------------------


def test_revenge_for_a_strike_on_its_embassy_in_a_capital_threatens_no_host(extract) -> None:
    r = extract("Ghana vowed revenge for the rocket strike on its embassy in Tripoli on Sunday.")
    assert ("Ghana", "THREATENS", "Libya") not in r.triples


def test_retaliation_for_an_attack_on_their_bases_near_a_capital_threatens_no_host(extract) -> None:
    r = extract("Kenya and Uganda threatened to retaliate for the attack on their joint base near Mogadishu.")
    assert not {t for t in r.triples if t[2] == "Somalia"}


def test_retaliation_for_its_embassy_keeps_the_culprit_named_after(extract) -> None:
    r = extract("Ghana vowed to retaliate for the attack on its embassy in Abuja, which it blamed on Togo.")
    assert ("Ghana", "THREATENS", "Nigeria") not in r.triples
    assert ("Togo", "ATTACKS", "Ghana") in r.triples


def test_strikes_on_targets_in_a_capital_still_attack_its_state(extract) -> None:
    r = extract("Sudan vowed revenge for the strike on its embassy in Juba and hours later launched drone strikes "
                "on fuel depots in Juba.")
    assert ("Sudan", "THREATENS", "South Sudan") not in r.triples
    assert ("Sudan", "ATTACKS", "South Sudan") in r.triples



def test_revenge_for_a_strike_on_a_capital_threatens_no_struck_state(extract) -> None:
    r = extract("Ghana vowed revenge for Togo's strike on Abuja on Sunday.")
    assert ("Ghana", "THREATENS", "Nigeria") not in r.triples


def test_revenge_against_the_culprit_for_a_strike_on_a_capital_keeps_the_culprit(extract) -> None:
    r = extract("Ghana threatened to respond to the rocket attacks on Abuja and vowed revenge against Togo.")
    assert ("Ghana", "THREATENS", "Nigeria") not in r.triples
    assert ("Ghana", "THREATENS", "Togo") in r.triples

# -- the mayor or governor of a capital ---------------------------------------------------------------------------


def test_a_capitals_mayor_leads_no_state(extract) -> None:
    r = extract("Lima mayor Rosa Quispe accused Chile of stalling the water deal on Monday.")
    assert ("Rosa Quispe", "ACCUSES", "Chile") in r.triples
    assert ("Rosa Quispe", "LEADS", "Peru") not in r.triples
    assert ("Rosa Quispe", "HOLDS_POSITION", "Peru") in r.triples


def test_the_governor_of_a_capital_in_apposition_leads_no_state(extract) -> None:
    r = extract("The governor of Bangkok, Somchai Rattana, said the floods had receded.")
    assert ("Somchai Rattana", "LEADS", "Thailand") not in r.triples


def test_a_capital_mayor_written_in_title_case_leads_no_state(extract) -> None:
    r = extract("Nairobi Mayor Joseph Kamau met Ugandan President Yoweri Museveni on Friday.")
    assert ("Joseph Kamau", "LEADS", "Kenya") not in r.triples
    assert ("Yoweri Museveni", "LEADS", "Uganda") in r.triples


def test_a_governor_of_a_country_named_by_its_name_still_leads_it(extract) -> None:
    r = extract("The mayor of Quito, Ana Torres, met the governor of Puerto Rico, Luis Vega, on Friday.")
    assert ("Ana Torres", "LEADS", "Ecuador") not in r.triples
    assert ("Luis Vega", "LEADS", "Puerto Rico") in r.triples


# -- a city before a post -----------------------------------------------------------------------------------------


def test_a_city_between_a_rank_word_and_a_post_is_no_person(extract) -> None:
    r = extract("Egypt detained Alexandria mayor Hossam Adel on Thursday.")
    assert ("Egypt", "COERCES", "Hossam Adel") in r.triples
    assert "Alexandria" not in r.kinds
    assert ("Hossam Adel", "ASSOCIATED_WITH", "Alexandria") not in r.triples


def test_a_city_before_a_two_word_post_is_no_person(extract) -> None:
    r = extract("Kenya jailed Mombasa deputy governor Amina Said for contempt.")
    assert "Mombasa" not in r.kinds


def test_a_citys_possessive_post_with_a_comma_is_no_person(extract) -> None:
    r = extract("Turkey jailed Izmir's mayor, Cemal Arslan, on Sunday.")
    assert ("Turkey", "COERCES", "Cemal Arslan") in r.triples
    assert "Izmir" not in r.kinds


# -- a city's prosecutor acts -------------------------------------------------------------------------------------


def test_a_city_prosecutor_is_not_prosecuted_by_the_state(extract) -> None:
    r = extract("Cairo prosecutor Nabil Fahmy charged blogger Sara Mansour with spreading false news.")
    assert ("Nabil Fahmy", "INVESTIGATES", "Sara Mansour") in r.triples
    assert ("Egypt", "INVESTIGATES", "Nabil Fahmy") not in r.triples


def test_a_country_prosecutor_before_a_name_is_no_prosecution(extract) -> None:
    r = extract("Ghana prosecutor Kofi Boateng indicted two customs officers on Tuesday.")
    assert ("Ghana", "INVESTIGATES", "Kofi Boateng") not in r.triples


# -- a visit named as a thing -------------------------------------------------------------------------------------


def test_the_visit_of_a_named_visitor_to_a_capital_is_the_visitors(extract) -> None:
    r = extract("Serbia condemned the visit of Albanian Prime Minister Arben Doda to Pristina on Friday.")
    assert ("Arben Doda", "MEETS_WITH", "Kosovo") in r.triples
    assert ("Serbia", "MEETS_WITH", "Kosovo") not in r.triples
    assert ("Serbia", "MEETS_WITH", "Arben Doda") not in r.triples


def test_a_visit_by_an_unnamed_visitor_is_the_subjects_only_when_its_demonym_says_so(extract) -> None:
    r = extract("China protested the visit to Taipei by a Czech parliamentary delegation.")
    assert ("China", "MEETS_WITH", "Taiwan") not in r.triples
    r = extract("Nairobi and Kampala signed a pipeline deal during a visit to Nairobi by the Ugandan president.")
    assert ("Uganda", "MEETS_WITH", "Kenya") in r.triples


# -- a people told to leave a country -----------------------------------------------------------------------------


def test_a_people_urged_to_leave_a_country_is_no_demand_on_it(extract) -> None:
    r = extract("Australia urged Australians to leave Myanmar as fighting spread on Friday.")
    assert ("Australia", "DEMANDS", "Myanmar") not in r.triples


def test_a_people_called_on_to_leave_a_country_is_no_demand_on_it(extract) -> None:
    r = extract("Ghana called on Ghanaians to leave Mali by commercial flights while they still run.")
    assert ("Ghana", "DEMANDS", "Mali") not in r.triples
