"""Round 20: "X was appointed in 2025" names no appointer: the post is in the state X already holds one in, else
the state the dateline files the story from, not the state the story names most (often the foe it is about)."""


def test_appointed_in_the_dateline_state(extract) -> None:
    r = extract("LIMA, April 16 — Chilean networks paid Peruvian influencers, the head of Peru's intelligence "
                "service said. Chile denies the claims. Chilean money went to sports clubs. Chile's embassy did "
                "not respond. Marco Salas, a former prosecutor, was appointed in 2025.")
    assert ("Marco Salas", "HOLDS_POSITION", "Chile") not in r.triples
    assert ("Marco Salas", "HOLDS_POSITION", "Peru") in r.triples


def test_appointed_in_the_state_already_served(extract) -> None:
    r = extract("Chile's navy chief met Peru's defence minister, Marco Salas, on Monday. Chile and Chilean "
                "officials praised the talks. Salas was appointed last year.")
    assert ("Marco Salas", "HOLDS_POSITION", "Chile") not in r.triples
