"""Round 15: in "X's lawyer, Y, said he would appeal" the sentence is about Y (the apposition), X only says whose
lawyer: a following "he"/"she", in the same or the next sentence, is Y, and so is a following "his"/"her" ("his party,
Z": Y's). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from actorgraph.graph.model import Document


def _pronouns(extractor, text: str) -> list[str | None]:
    an = extractor.analyse(Document(text=text))
    return [m.entity for ms in an.mentions for m in ms if m.via == "pronoun"]


@pytest.mark.parametrize("name, pronoun", [("Pablo Reyes", "he"), ("Marta Reyes", "she")])
def test_pronoun_in_the_same_sentence_is_the_apposed_person(extractor, name, pronoun):
    key = "Person:" + name.lower()
    text = f"Police arrested Ana Duarte on Monday. Ana Duarte's lawyer, {name}, said {pronoun} would appeal."
    assert _pronouns(extractor, text) == [key]


def test_pronoun_in_the_next_sentence_is_the_apposed_person(extractor):
    text = ("Police arrested Ana Duarte on Monday. Duarte's lawyer, Pablo Reyes, said the charges were baseless. "
            "He said he would appeal.")
    assert _pronouns(extractor, text) == ["Person:pablo reyes", "Person:pablo reyes"]


def test_possessor_without_apposition_is_still_the_subject(extractor):
    text = "Ana Duarte's lawyers filed an appeal. She said she had done nothing wrong."
    assert _pronouns(extractor, text) == ["Person:ana duarte", "Person:ana duarte"]


@pytest.mark.parametrize("text", [
    "Police arrested Ana Duarte on Monday. Duarte's lawyer, Pablo Reyes, said his party, the Civic Renewal Party, "
    "would pay for the appeal.",
    "Police arrested Ana Duarte on Monday. Duarte's lawyer, Pablo Reyes, called the charges baseless. His party, the "
    "Civic Renewal Party, would pay for the appeal.",
])
def test_his_party_is_the_apposed_persons(extract, text):
    r = extract(text)
    assert ("Pablo Reyes", "MEMBER_OF", "Civic Renewal Party") in r.triples
    assert ("Ana Duarte", "MEMBER_OF", "Civic Renewal Party") not in r.triples
