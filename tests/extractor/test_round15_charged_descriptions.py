"""Round 15, anaphora across sentences: "accused the opposition leader of ..." — "of" after a role description
opens the charge, so the description is the person introduced with that role (not "the head of X", someone
else's post)."""

from __future__ import annotations


def test_accused_the_role_of_a_charge_is_the_person_with_that_role(extract) -> None:
    r = extract("Opposition leader Nadia Ferhat addressed supporters in Oran on Friday. "
                "Algeria accused the opposition leader of inciting unrest.")
    assert ("Algeria", "ACCUSES", "Nadia Ferhat") in r.triples


def test_the_head_of_a_body_is_still_someone_else(extract) -> None:
    r = extract("Opposition leader Nadia Ferhat addressed supporters in Oran on Friday. "
                "Algeria accused the opposition leader of inciting unrest, and Tunisia met the leader of the union.")
    assert ("Algeria", "ACCUSES", "Nadia Ferhat") in r.triples
    assert ("Tunisia", "MEETS_WITH", "Nadia Ferhat") not in r.triples
