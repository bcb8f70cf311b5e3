"""Round 20: a clause closing the sentence that calls the charge false ("..., a claim Montevideo called groundless",
"..., an accusation the Uruguayan embassy described as \"pure fabrication\"") is a denial by whoever calls it so,
answering the accuser; and such an answer is not told by the accuser, so it is neither alleged nor attributed to
them ("X alleged that ..., a claim Y denied")."""


def test_claim_called_groundless(extract) -> None:
    r = extract("Paraguay accused Uruguay of funding the smugglers, a claim Montevideo called groundless.")
    assert ("Uruguay", "DENIES", "Paraguay") in r.triples


def test_accusation_described_as_fabrication(extract) -> None:
    r = extract("Paraguay accused Uruguay of funding the smugglers, an accusation the Uruguayan embassy described as "
                "\"pure fabrication\".")
    assert ("Uruguay", "DENIES", "Paraguay") in r.triples


def test_answer_after_an_allegation_is_asserted(extract) -> None:
    r = extract("The Riverine Front alleged that Uruguay wanted access to the port, a claim the Uruguayan embassy "
                "denied.")
    assert ("Uruguay", "DENIES", "Riverine Front") in r.triples
    rel = next(x for x in r.extraction.relations if x.type == "DENIES")
    assert rel.status.value == "asserted"


def test_claim_called_credible_is_no_denial(extract) -> None:
    r = extract("Paraguay accused Uruguay of funding the smugglers, a claim Brazil called credible.")
    assert ("Brazil", "DENIES", "Paraguay") not in r.triples
