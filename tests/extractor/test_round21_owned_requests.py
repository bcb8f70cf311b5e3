"""Round 21: "refused her request" answers the person the pronoun names in that sentence, not the last demander of
the story (answered_proposals: the owner of the request gets the refusal the trigger rules found)."""


def test_refused_her_request_after_another_demand(extract) -> None:
    r = extract("Human Rights Watch urged Kenya to free the students. Interior Minister Paul Otieno met the Dutch "
                "ambassador, Anna de Vries, on Friday but refused her request to visit the detained students.")
    assert ("Paul Otieno", "REJECTS", "Anna de Vries") in r.triples
    assert ("Paul Otieno", "REJECTS", "Human Rights Watch") not in r.triples


def test_rejected_his_proposal(extract) -> None:
    r = extract("Amnesty International urged Kenya to free the students. The minister, Paul Otieno, spoke with the "
                "envoy Jan Smit on Friday and rejected his proposal to mediate.")
    assert ("Paul Otieno", "REJECTS", "Jan Smit") in r.triples
