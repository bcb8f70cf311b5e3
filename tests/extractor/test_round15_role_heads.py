"""Round 15, anaphora across sentences: "the minister" or "the envoy" for a person introduced with a longer title
("Defence Minister X", "special envoy X") — the title's head noun; never "the president" for a vice president."""

from __future__ import annotations


def test_the_minister_is_the_person_introduced_as_defence_minister(extract) -> None:
    r = extract("Ghanaian Defence Minister Kwame Asante landed in Lome on Friday. "
                "The minister met Togolese officer Yao Mensah on Saturday.")
    assert ("Kwame Asante", "MEETS_WITH", "Yao Mensah") in r.triples
    r = extract("Ghanaian Vice President Kwame Asante landed in Lome on Friday. "
                "The president met Togolese officer Yao Mensah on Saturday.")
    assert ("Kwame Asante", "MEETS_WITH", "Yao Mensah") not in r.triples


def test_the_envoy_is_the_person_introduced_as_special_envoy(extract) -> None:
    r = extract("Special envoy Ingrid Dahl reached Juba late on Friday. Ethiopia threatened the envoy on Saturday.")
    assert ("Ethiopia", "THREATENS", "Ingrid Dahl") in r.triples
