"""Round 9, events: verb and noun classes of the low-recall relation types (inquiry, aid, threats, offers)."""

from __future__ import annotations


def test_questioning_is_a_step_of_an_inquiry(extract) -> None:
    r = extract("Police in Quito questioned opposition leader Marcela Vinueza for six hours on Tuesday.")
    assert ("Ecuador", "INVESTIGATES", "Marcela Vinueza") in r.triples
    r = extract("Former energy minister Tomas Brandt was questioned by the Federal Prosecutor's Office on Monday.")
    assert ("Federal Prosecutor's Office", "INVESTIGATES", "Tomas Brandt") in r.triples


def test_questioning_a_claim_is_no_inquiry(extract) -> None:
    r = extract("The Kivu Observer questioned the Congolese army's casualty figures on Friday.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES"]
    r = extract("Senator Laura Pineda questioned whether the Interior Ministry had acted lawfully.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES"]


def test_summoned_for_questioning_by_the_acting_authority(extract) -> None:
    r = extract("Uzbekistan's security service detained two bloggers in Tashkent on Monday. The lawyers Dilnoza "
                "Karimova and Bobur Aliyev were summoned for questioning on Tuesday.")
    assert ("Uzbekistan", "INVESTIGATES", "Bobur Aliyev") in r.triples


def test_proceedings_against_a_party_are_an_inquiry(extract) -> None:
    r = extract("The European Commission on Tuesday launched infringement proceedings against Croatia over a law "
                "that requires charities receiving foreign funding to register as foreign agents.")
    assert ("European Commission", "INVESTIGATES", "Croatia") in r.triples
    r = extract("Kazakhstan's anti-corruption agency opened formal proceedings against Nurlan Sadykov's holding "
                "company, Steppe Grain Trading, in June.")
    assert ("Kazakhstan", "INVESTIGATES", "Steppe Grain Trading") in r.triples


def test_proceedings_without_a_party_against_are_not_an_inquiry(extract) -> None:
    r = extract("The opposition Civic Union condemned the proceedings as a show trial, Ghana's ambassador said.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES"]
