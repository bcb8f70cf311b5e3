"""Round 28: a denial or an offer of talks whose partner no sentence up to it names answers the story's
counterpart of the speaker (story_counterparts.py), found from relations told later too."""

from __future__ import annotations


def test_denial_told_before_the_protest_answers_the_protester(extract) -> None:
    r = extract("Ghana on Tuesday denied the accusation, calling it baseless. Togo had protested to Ghana's "
                "ambassador on Monday and threatened to close the border.")
    rel = r.rel("Ghana", "DENIES", "Togo")
    assert rel.properties.get("trigger")


def test_denial_answers_the_side_with_most_hostile_dealings(extract) -> None:
    r = extract("Bolivia rejected the accusation on Wednesday. Peru praised the mediators. Chile summoned Bolivia's "
                "ambassador and demanded an explanation. Chile also threatened to expel Bolivian diplomats.")
    assert ("Bolivia", "DENIES", "Chile") in r.triples
    assert ("Bolivia", "DENIES", "Peru") not in r.triples


def test_friendly_dealings_answer_no_denial(extract) -> None:
    r = extract("Ghana denied any wrongdoing. Ghana and Togo signed a trade accord in March.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples
    assert ("Ghana", "DENIES", "Togo") not in r.triples


def test_talks_offered_before_the_dispute_is_told_are_with_the_other_side(extract) -> None:
    r = extract("Peru said on Friday it was willing to resume negotiations. Ecuador had accused Peru of violating "
                "the border accord.")
    assert ("Peru", "NEGOTIATES_WITH", "Ecuador") in r.triples


def test_talks_of_a_person_are_with_a_person_not_a_state(extract) -> None:
    r = extract("Marta Quispe said she would hold talks. Chile accused Marta Quispe of lying to parliament.")
    assert ("Marta Quispe", "NEGOTIATES_WITH", "Chile") not in r.triples
    r = extract("Marta Quispe said she would hold talks. Tomas Ibarra accused Marta Quispe of lying to parliament.")
    assert ("Marta Quispe", "NEGOTIATES_WITH", "Tomas Ibarra") in r.triples


def test_a_collective_is_no_party_to_talks(extract) -> None:
    r = extract("The government of Chile said it was ready to negotiate. Police in Chile fired tear gas at the "
                "protesters on Monday.")
    assert not any(t == "NEGOTIATES_WITH" for _, t, _ in r.triples)


def test_the_denials_own_sentence_gives_no_counterpart(extract) -> None:
    r = extract("Ecuador dismissed charges that Colombia paid the judges.")
    assert ("Ecuador", "DENIES", "Colombia") not in r.triples
