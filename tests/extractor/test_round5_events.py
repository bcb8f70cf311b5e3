"""Round 5, events inside one sentence: verb classes and constructions that hold for any wording — nominal
compounds that are not verbs, appositions between a subject and its verb, passive agents after a complement,
phrasal verbs split by their object, and the acts that stand for a protest, a meeting or an offer."""

from __future__ import annotations


def test_a_funding_word_in_a_compound_noun_is_not_an_act_of_aid(extract) -> None:
    r = extract("Kenyan police arrested former finance minister Otieno Wafula on Monday over missing funds.")
    assert ("Kenya", "COERCES", "Otieno Wafula") in r.triples
    assert not any(t == "AIDS" for _, t, _ in r.triples)
    r = extract("Peruvian police detained an aid worker, Lucia Salas, near the border.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)
    r = extract("Militia leaders said Qatar funds the Free Coast Movement.")
    assert ("Qatar", "AIDS", "Free Coast Movement") in r.triples


def test_a_description_apposed_to_the_subject_does_not_become_the_subject(extract) -> None:
    r = extract("Rania Haddad, a Civic Bloc organiser, was detained by Syrian police on Sunday.")
    assert ("Syria", "COERCES", "Rania Haddad") in r.triples
    assert not any(t == "COERCES" and o != "Rania Haddad" for _, t, o in r.triples)
    r = extract("Marek Novak, a Civic Forum official, accused Slovakia of stalling the inquiry.")
    assert ("Marek Novak", "ACCUSES", "Slovakia") in r.triples
    assert ("Civic Forum", "ACCUSES", "Slovakia") not in r.triples


def test_a_passive_agent_after_a_complement_or_an_adverbial(extract) -> None:
    r = extract("The Red Dawn Brigade, which is designated a terrorist group by Australia, denied the attack.")
    assert ("Australia", "DESIGNATES", "Red Dawn Brigade") in r.triples
    r = extract("Baltic Gate Logistics, a port operator, is under investigation by the country's Financial Crimes Unit.")
    assert ("Financial Crimes Unit", "INVESTIGATES", "Baltic Gate Logistics") in r.triples
    r = extract("Pavel Orlov was detained after a rally organised by the Freedom Party.")
    assert not any(s == "Freedom Party" and t == "COERCES" for s, t, _ in r.triples)
