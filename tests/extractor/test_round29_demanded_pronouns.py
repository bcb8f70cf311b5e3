"""Round 29: "X demanded that he apologise" is a demand of the person named before, not of X or X's state
(demanded_pronouns.py, verb_objects.py)."""


def test_demand_that_he_apologise(extract) -> None:
    r = extract("Mark Obote criticised Kenya on Monday. Kenyan foreign minister Jane Mwangi demanded that he apologise.")
    assert ("Jane Mwangi", "DEMANDS", "Mark Obote") in r.triples
    assert ("Jane Mwangi", "DEMANDS", "Kenya") not in r.triples


def test_demand_after_a_speech_verb(extract) -> None:
    r = extract("Anna Varga criticised Chile on Monday. Tomas Ruiz, Chile's interior minister, said Varga's remarks "
                "were false and demanded that she retract them.")
    assert ("Tomas Ruiz", "DEMANDS", "Anna Varga") in r.triples
    assert ("Tomas Ruiz", "DEMANDS", "Chile") not in r.triples


def test_reported_demand_of_the_speaker(extract) -> None:
    r = extract("Mark Obote was detained on Monday. Obote said Kenya had demanded that he leave the country.")
    assert ("Kenya", "DEMANDS", "Mark Obote") in r.triples


def test_no_one_else_named_no_demand_of_the_own_state(extract) -> None:
    r = extract("Kenyan foreign minister Jane Mwangi demanded that he retract the remarks.")
    assert ("Jane Mwangi", "DEMANDS", "Kenya") not in r.triples
