"""Round 14, trigger senses: "assistant" in a title is no assistance; summoning a company's director is a step of an
inquiry, summoning an envoy a protest. Sentences invented for these tests."""

from __future__ import annotations


def test_assistant_minister_is_no_aid(extract):
    r = extract("She met New Zealand's assistant minister for trade, Hemi Walker, on Tuesday in Suva.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)


def test_assistant_secretary_is_no_aid(extract):
    r = extract("Foreign Minister Aroha Tane met a US delegation led by Assistant Secretary of State Dana Pruitt.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)


def test_assisting_is_still_aid(extract):
    r = extract("Norway is assisting Moldova with emergency funding this winter.")
    assert ("Norway", "AIDS", "Moldova") in r.triples


def test_summoning_a_companys_director_is_an_inquiry(extract):
    r = extract("The Anti-Fraud Directorate said it could also summon Baltic Grain's managing director, Ilmars Ozols, "
                "next week.")
    assert ("Anti-Fraud Directorate", "INVESTIGATES", "Ilmars Ozols") in r.triples
    assert ("Anti-Fraud Directorate", "PROTESTS", "Ilmars Ozols") not in r.triples


def test_summoning_an_ambassador_stays_a_protest(extract):
    r = extract("Latvia summoned Belarus's ambassador, Pavel Lipski, on Tuesday.")
    assert ("Latvia", "PROTESTS", "Belarus") in r.triples
    assert not any(t == "INVESTIGATES" for _, t, _ in r.triples)


def test_cooperating_fully_with(extract):
    r = extract("Kenya's embassy said Nairobi would cooperate fully with the Tanzania Revenue Authority.")
    assert ("Kenya", "COOPERATES_WITH", "Tanzania Revenue Authority") in r.triples
