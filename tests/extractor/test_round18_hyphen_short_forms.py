"""Round 18: a one-word name is a short form of an organisation only when it is a whole word of that name, not a
piece of a hyphenated word ("the Liberacion" is not "Frente-de-Liberacion Andina"; referents._whole_word)."""


def test_a_piece_of_a_hyphenated_name_is_its_own_body(extract) -> None:
    r = extract("Lima accuses La Paz of sheltering fighters of the Frente-de-Liberacion Andina (FLA), an armed "
                "group. The Liberacion deny harbouring the group.")
    assert ("Liberacion", "AIDS", "Frente-de-Liberacion Andina") in r.triples


def test_a_post_in_the_body_named_by_the_piece_is_not_in_the_hyphenated_one(extract) -> None:
    r = extract("Lima accuses La Paz of sheltering fighters of the Frente-de-Liberacion Andina (FLA), an armed "
                "group. The Liberacion's deputy foreign minister, Jorge Paz, will lead the delegation.")
    assert ("Jorge Paz", "HOLDS_POSITION", "Frente-de-Liberacion Andina") not in r.triples


def test_a_whole_word_of_a_name_still_is_its_short_form(extract) -> None:
    r = extract("Peru sanctioned the Andean Liberation Front on Monday. The Liberation denied the charges.")
    assert ("Peru", "SANCTIONS", "Andean Liberation Front") in r.triples
    assert not any(a.name == "Liberation" for a in r.extraction.actors)
