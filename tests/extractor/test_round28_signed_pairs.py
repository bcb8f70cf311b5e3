"""Round 28, pacts of coordinated parties: "A and B signed a treaty" is each party's agreement with the other
(both directions of the directed AGREES_WITH), and "Peru's government and the rebels agreed ..." names the state
itself as the first party."""


def test_coordinated_signers_agree_with_each_other(extract) -> None:
    r = extract("Ghana and Togo signed a maritime boundary treaty on Thursday in Lome.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples
    assert ("Togo", "AGREES_WITH", "Ghana") in r.triples


def test_single_signer_with_a_partner_gives_one_direction(extract) -> None:
    r = extract("Ghana signed a maritime boundary treaty with Togo on Thursday.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples
    assert ("Togo", "AGREES_WITH", "Ghana") not in r.triples


def test_passive_signing_keeps_one_direction(extract) -> None:
    r = extract("The treaty was signed by Ghana and Togo on Thursday.")
    assert ("Togo", "AGREES_WITH", "Ghana") not in r.triples


def test_owned_government_is_its_state_in_a_pair_subject(extract) -> None:
    r = extract("Peru's government and the Shining Path agreed on Wednesday to a ceasefire in the highlands.")
    assert ("Peru", "AGREES_WITH", "Shining Path") in r.triples
    assert ("Shining Path", "AGREES_WITH", "Peru") in r.triples
    r = extract("Peru's military government and the Shining Path signed a truce on Monday.")
    assert ("Peru", "AGREES_WITH", "Shining Path") in r.triples


def test_owned_envoy_is_no_state_conjunct(extract) -> None:
    r = extract("Peru's ambassador and the Shining Path signed a truce on Monday.")
    assert ("Peru", "AGREES_WITH", "Shining Path") not in r.triples
