"""Round 15, anaphora across sentences: a bare "the country" as a clause's subject or a verb's object is the state
the previous sentence opened with; after a preposition ("in the north of the country") it is a place."""

from __future__ import annotations


def test_the_country_as_subject_is_the_state_the_previous_sentence_opened_with(extract) -> None:
    r = extract("Ghana closed its eastern border with Togo on Sunday. The country accused Burkina Faso of "
                "harbouring smugglers.")
    assert ("Ghana", "ACCUSES", "Burkina Faso") in r.triples
    assert ("Togo", "ACCUSES", "Burkina Faso") not in r.triples


def test_the_country_as_object_is_the_state_the_previous_sentence_opened_with(extract) -> None:
    r = extract("Ghana closed its eastern border with Togo on Sunday. Nigeria threatened the country on Monday.")
    assert ("Nigeria", "THREATENS", "Ghana") in r.triples
    r = extract("Ghana closed its eastern border with Togo on Sunday. Nigeria sent troops to the north of the country.")
    assert not any(t[0] == "Nigeria" and t[2] == "Ghana" for t in r.triples)  # a place


def test_the_country_is_the_one_state_the_previous_sentence_names(extract) -> None:
    r = extract("The Ogaden Patriotic Front overran a police post in Somalia on Sunday. "
                "It accused the country of harbouring foreign troops.")
    assert ("Ogaden Patriotic Front", "ACCUSES", "Somalia") in r.triples
