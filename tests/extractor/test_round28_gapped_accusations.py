"""Round 28: one accusing verb serving two charges ("accused A of ... and B of ...") accuses both, and B is no object
of the first charge's verb; "accused agents of A of ..." accuses A (gapped_accusations.py); a passive charge
attributed at the sentence's close, and a description holding the accuser's report, accuse the actor introduced
(passive_accused.py)."""

import pytest


@pytest.mark.parametrize("sentence, accuser, accused, not_found", [
    ("Peru accused Chile of shelling a school and Bolivia of arming the rebels.", "Peru", "Bolivia",
     ("Chile", "ATTACKS", "Bolivia")),
    ("Senator Hilda Marsh accused Varna Holdings of smuggling fuel and Kestrel Shipping of laundering the proceeds.",
     "Hilda Marsh", "Kestrel Shipping", ("Varna Holdings", "AIDS", "Kestrel Shipping")),
    ("Amnesty International blamed Chile for the blast and Bolivia for the cover-up.", "Amnesty International",
     "Bolivia", ("Chile", "ATTACKS", "Bolivia")),
])
def test_gapped_charge_accuses_the_second_party_too(extract, sentence, accuser, accused, not_found) -> None:
    r = extract(sentence)
    assert (accuser, "ACCUSES", accused) in r.triples
    assert not_found not in r.triples


def test_a_new_clause_ends_the_gapped_charge(extract) -> None:
    r = extract("Peru accused Chile of shelling a school and said Bolivia of all parties should mediate.")
    assert ("Peru", "ACCUSES", "Chile") in r.triples
    assert ("Peru", "ACCUSES", "Bolivia") not in r.triples


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Amnesty International accused agents of the Peruvian National Police of beating detainees.",
     "Amnesty International", "Peruvian National Police"),
    ("Peru blamed members of the Kestrel Liberation Front for the attack.", "Peru", "Kestrel Liberation Front"),
])
def test_accusing_the_people_of_a_body_accuses_the_body(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) in extract(sentence).triples


def test_no_accusation_of_a_body_when_denied(extract) -> None:
    r = extract("Peru did not accuse members of the Kestrel Liberation Front of anything.")
    assert ("Peru", "ACCUSES", "Kestrel Liberation Front") not in r.triples


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Archbishop Karen Vos, who led protests last year, is accused of plotting a coup, the Investigative Committee "
     "said in a statement.", "Investigative Committee", "Karen Vos"),
    ("Varna Holdings was accused of laundering cartel money, the Treasury Department said.", "Treasury Department",
     "Varna Holdings"),
    ("The European Commission also named Varna Holdings, a Riga lender that it said had laundered money for the "
     "cartel.", "European Commission", "Varna Holdings"),
    ("The European Commission listed Kestrel Shipping, a trading house which it accused of moving money for the "
     "cartel.", "European Commission", "Kestrel Shipping"),
])
def test_actor_introduced_as_accused(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) in extract(sentence).triples


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Oskar Lindqvist is accused of nothing, the Investigative Committee said.", "Investigative Committee",
     "Oskar Lindqvist"),
    ("The European Commission also named Varna Holdings, a Riga lender that it said had received no money.",
     "European Commission", "Varna Holdings"),
])
def test_no_accusation_without_a_charge(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) not in extract(sentence).triples


def test_named_members_of_an_accused_set_are_accused(extract) -> None:
    r = extract("The European Commission fined 14 companies that it says had laundered money for the cartel, "
                "including Varna Holdings and Kestrel Shipping.")
    assert ("European Commission", "ACCUSES", "Varna Holdings") in r.triples
    assert ("European Commission", "ACCUSES", "Kestrel Shipping") in r.triples


def test_members_of_a_set_praised_are_not_accused(extract) -> None:
    r = extract("The European Commission praised six firms that had shipped grain to the port, including Varna "
                "Holdings and Kestrel Shipping.")
    assert ("European Commission", "ACCUSES", "Varna Holdings") not in r.triples
