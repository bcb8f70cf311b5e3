"""Round 19: a body named with a country's possessive ("Pakistan's Inter-Services Public Relations") is on
that country's side: a denial by the country does not answer the body's own charge (affiliation_sides.ruling_parties
returns these bodies; discourse.same_side uses them)."""

TEXT = ("Ecuador's Joint Command of the Armed Forces accused Peru of shelling two villages near the border. "
        "Peruvian army sources said their troops had destroyed three Ecuadorian posts. "
        "Ecuador's military denied that any posts were hit, calling the claim \"fabricated\".")


def test_denial_does_not_answer_the_deniers_own_body(extract) -> None:
    r = extract(TEXT)
    assert ("Ecuador", "DENIES", "Joint Command of the Armed Forces") not in r.triples


def test_own_body_still_accuses_the_other_state(extract) -> None:
    r = extract(TEXT)
    assert ("Joint Command of the Armed Forces", "ACCUSES", "Peru") in r.triples
