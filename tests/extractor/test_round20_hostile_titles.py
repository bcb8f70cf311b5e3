"""Round 20 (precision): a bare-titled person in the object of a hostile act of a state named before it in the
clause ("Chile accused the government of President X of ...") is not that state's official."""


def test_accused_government_of_president_is_not_the_accusers_leader(extract) -> None:
    r = extract("Chile has denied meddling and accused the government of President Tomas Vega of jailing critics.")
    assert ("Tomas Vega", "LEADS", "Chile") not in r.triples


def test_condemned_minister_is_not_the_condemners_official(extract) -> None:
    r = extract("Chile condemned Interior Minister Tomas Vega over the expulsions.")
    assert ("Tomas Vega", "HOLDS_POSITION", "Chile") not in r.triples
    assert ("Chile", "ACCUSES", "Tomas Vega") in r.triples


def test_the_story_state_is_taken_instead(extract) -> None:
    r = extract("Ecuador held local elections on Sunday. Ecuador's opposition won in Quito. Chile accused the "
                "government of President Tomas Vega of rigging the vote.")
    assert ("Tomas Vega", "LEADS", "Ecuador") in r.triples


def test_the_states_own_speaker_keeps_the_state(extract) -> None:
    r = extract("Chile has condemned the raid, Foreign Minister Tomas Vega said.")
    assert ("Tomas Vega", "HOLDS_POSITION", "Chile") in r.triples
