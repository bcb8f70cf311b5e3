"""Round 20: a tie told as a state after "be" ("X, which is linked to Y", "whether X is tied to Y", "X was
affiliated with Y") is X ASSOCIATED_WITH Y, not an agentless passive with no relation (stative_ties.py); the
speaker of "said the attack was linked to Y" is no party to it."""


def test_relative_clause_is_linked_to(extract) -> None:
    r = extract("The Tolo Front, which is linked to the Kessa Brigade, shelled a village in Ruvuma.")
    assert ("Tolo Front", "ASSOCIATED_WITH", "Kessa Brigade") in r.triples


def test_whether_is_tied_to_is_hypothetical(extract) -> None:
    r = extract("Auditors are checking whether Marwick Freight is tied to Dalgren Shipping, a sanctioned firm.")
    assert ("Marwick Freight", "ASSOCIATED_WITH", "Dalgren Shipping") in r.triples
    assert r.rel("Marwick Freight", "ASSOCIATED_WITH", "Dalgren Shipping").status.value == "hypothetical"


def test_was_affiliated_with(extract) -> None:
    r = extract("Police said Orrin Vael was affiliated with the Kessa Brigade for a decade.")
    assert ("Orrin Vael", "ASSOCIATED_WITH", "Kessa Brigade") in r.triples


def test_speaker_of_a_linked_event_is_no_party(extract) -> None:
    r = extract("Uruguay said the bombing was linked to the Kessa Brigade.")
    assert not any(t[1] == "ASSOCIATED_WITH" for t in r.triples)


def test_a_denied_link_is_not_asserted(extract) -> None:
    r = extract("The Tolo Front is not linked to the Kessa Brigade, its commander said.")
    assert all(r.rel(*t).status.value != "asserted" for t in r.triples if t[1] == "ASSOCIATED_WITH")
