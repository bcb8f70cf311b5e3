"""Precision round: relations a careful analyst would call wrong (wrong party, wrong side, wrong sense)."""

from __future__ import annotations


def test_the_official_announcing_charges_is_not_the_one_charged(extract) -> None:
    r = extract("Chad's army detained the opposition leader Idriss Mahamat on Sunday. Justice Minister Amina Haroun "
                "said on Monday that he would be charged with conspiracy.")
    assert ("Chad", "INVESTIGATES", "Amina Haroun") not in r.triples
    assert ("Chad", "COERCES", "Idriss Mahamat") in r.triples
    r = extract("Police in Togo detained dozens of protesters. Yao Bawara, the interior minister, told state television "
                "that the detainees had incited violence and would be prosecuted.")
    assert ("Togo", "INVESTIGATES", "Yao Bawara") not in r.triples


def test_a_quoted_light_verb_still_gives_the_measure_its_subject(extract) -> None:
    r = extract("Poland cut transit through the pipeline on Monday. A spokesman said on Thursday that the European "
                "Union was \"not considering\" sanctions against Norvik Gas over the dispute.")
    assert ("Poland", "SANCTIONS", "Norvik Gas") not in r.triples
    assert r.rel("European Union", "SANCTIONS", "Norvik Gas").status.value == "negated"


def test_a_measure_weighed_by_the_body_that_speaks_is_that_bodys(extract) -> None:
    r = extract("Greece protested to Turkey over the survey ship. EU diplomats said, however, that sanctions against "
                "Ankara were not being considered.")
    assert ("Greece", "SANCTIONS", "Turkey") not in r.triples
    assert ("EU", "SANCTIONS", "Turkey") in r.triples


def test_a_bare_title_is_not_the_state_the_person_answers(extract) -> None:
    r = extract("ATHENS, March 3 - Greece threatened to block Albania's accession talks. Greece wants guarantees for "
                "its minority. Prime Minister Arben Kola rejected the Greek demands late on Thursday.")
    assert ("Arben Kola", "LEADS", "Greece") not in r.triples
    r = extract("ATHENS, March 3 - Greece summoned the envoy. Prime Minister Nikos Petrou rejected the opposition's "
                "demands on Thursday.")
    assert ("Nikos Petrou", "LEADS", "Greece") in r.triples


def test_a_bare_title_is_not_the_visiting_officials_state(extract) -> None:
    r = extract("The United States and the United States Navy praised the deal. On Monday, President Laura Quintero "
                "and visiting US Deputy Secretary of Defense Mark Dalton signed a memorandum on port access.")
    assert ("Laura Quintero", "LEADS", "United States") not in r.triples


def test_the_head_of_a_part_of_a_body_holds_a_post_in_it(extract) -> None:
    r = extract("The International Monetary Fund approved a loan to Zambia. Its mission chief, Anna Berg, said "
                "disbursements could be delayed.")
    assert ("Anna Berg", "LEADS", "International Monetary Fund") not in r.triples
    assert ("Anna Berg", "HOLDS_POSITION", "International Monetary Fund") in r.triples
    r = extract("TRIPOLI, May 2 - Libya's army moved south. The general's son Omar, who heads the army's ground "
                "forces, said his troops were ready.")
    assert ("Omar", "LEADS", "Libya") not in r.triples


def test_a_measure_on_a_states_people_is_not_on_the_state(extract) -> None:
    r = extract("The United States on Wednesday imposed sanctions on a Ghanaian army general and two trading firms.")
    assert ("United States", "SANCTIONS", "Ghana") not in r.triples
    r = extract("The European Union blacklisted Turkish suppliers of drone parts on Monday.")
    assert ("European Union", "SANCTIONS", "Turkey") not in r.triples
    r = extract("Ghana's army general Kwame Boateng said the border was calm.")
    assert "Kwame Boateng" in r.kinds


def test_a_body_does_not_answer_or_detain_its_own_people(extract) -> None:
    r = extract("Kenyan police on Monday raided the Nairobi bureau of the state news agency Savanna Press and "
                "detained two of its senior editors.")
    assert ("Savanna Press", "COERCES", "two of its senior editors") not in r.triples
    r = extract("Egypt's government spokesman, Omar Nabil, accused Addis Ababa of stalling and said Egypt \"will not "
                "be intimidated.\"")
    assert ("Egypt", "REJECTS", "Omar Nabil") not in r.triples


def test_a_bloc_may_still_press_its_member_state(extract) -> None:
    r = extract("The Sahel Council, which groups Mali, Niger and Chad, said on Friday that it called on Niger to "
                "free the detained ministers.")
    assert ("Sahel Council", "DEMANDS", "Niger") in r.triples


def test_a_state_may_still_arrest_its_own_official(extract) -> None:
    r = extract("Senegal's former finance minister, Moussa Diop, was arrested in Dakar on Monday.")
    assert ("Senegal", "COERCES", "Moussa Diop") in r.triples


def test_a_protest_a_ministry_lodges_is_its_states(extract) -> None:
    r = extract("Britain's Foreign Office summoned the Iranian ambassador on Friday over the detention of two "
                "aid workers.")
    assert ("United Kingdom", "PROTESTS", "Iran") in r.triples
    assert ("Foreign Office", "PROTESTS", "Iran") not in r.triples


def test_suspending_a_person_or_a_suspended_body_is_no_sanction(extract) -> None:
    r = extract("The state mining company Minerco said on Friday it had suspended Jorge Alves pending an inquiry.")
    assert ("Minerco", "SANCTIONS", "Jorge Alves") not in r.triples
    r = extract("Jordanian authorities have detained two former deputies who signed a petition calling for the "
                "suspended National Assembly to be restored.")
    assert not [t for t in r.triples if t[1:] == ("SANCTIONS", "National Assembly")]


def test_a_bloc_suspending_a_member_state_is_still_a_sanction(extract) -> None:
    r = extract("The African Union suspended Gabon after the coup.")
    assert ("African Union", "SANCTIONS", "Gabon") in r.triples


def test_both_countries_are_states_not_the_group_in_the_latest_clash(extract) -> None:
    text = ("India accused Pakistan of backing the attack on Monday. Pakistan denied the charge. India also banned "
            "the Valley Youth Union, saying it had recruited for the attackers. The United States urged both "
            "countries to show restraint.")
    r = extract(text)
    assert ("United States", "DEMANDS", "Valley Youth Union") not in r.triples
    assert ("United States", "DEMANDS", "Pakistan") in r.triples
