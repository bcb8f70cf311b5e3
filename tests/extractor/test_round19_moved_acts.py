"""Round 19: "the move" / "the decision" answers an act done (moved_acts): not a state of war told both ways, not an
act the story says was denied, and of the kind its own sentence names when it names one; infringement proceedings
and charges are moves too."""


def test_move_after_a_state_of_war_answers_the_sanctions(extract) -> None:
    r = extract("Canada on Monday imposed sanctions on Pedro Vaz, a commander of the Northern Front. "
                "The Northern Front has been at war with Peru's army since 2021. "
                "A Northern Front spokesman dismissed the move as theatre.")
    assert ("Northern Front", "REJECTS", "Canada") in r.triples
    assert ("Northern Front", "REJECTS", "Peru") not in r.triples


def test_move_skips_a_denied_act(extract) -> None:
    r = extract("Canada on Monday imposed sanctions on Pedro Vaz, a commander of the Northern Front. "
                "Chile has denied arming the Northern Front. "
                "The Northern Front dismissed the move as theatre.")
    assert ("Northern Front", "REJECTS", "Canada") in r.triples
    assert ("Northern Front", "REJECTS", "Chile") not in r.triples


def test_move_takes_the_kind_its_sentence_names(extract) -> None:
    r = extract("Canada on Monday imposed sanctions on the Lima Shipping Company. "
                "Separately, Chile arrested two Peruvian sailors in Arica. "
                "Peru condemned the move and said the sanctions would not hurt its economy.")
    assert ("Peru", "ACCUSES", "Canada") in r.triples
    assert ("Peru", "ACCUSES", "Chile") not in r.triples


def test_move_answers_proceedings(extract) -> None:
    r = extract("The European Commission on Monday launched infringement proceedings against Latvia over a media law. "
                "Latvian Prime Minister Anna Ozola dismissed the move as political pressure.")
    assert ("Anna Ozola", "REJECTS", "European Commission") in r.triples


def test_sanctions_regimes_is_no_sanction(extract) -> None:
    r = extract("Chile said it strictly follows international sanctions regimes and was studying the evidence "
                "provided by Peru.")
    assert ("Chile", "SANCTIONS", "Peru") not in r.triples
