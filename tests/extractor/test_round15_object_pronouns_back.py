"""Round 15, anaphora across sentences: "Peru sanctioned it", "Peru accused them of ..." — when only the subject
is named before the object pronoun, the pronoun is the body (or state) the previous sentence opened with."""

from __future__ import annotations


def test_it_after_the_subject_is_the_body_the_previous_sentence_opened_with(extract) -> None:
    r = extract("The Ogaden Patriotic Front overran a police post near the Kenyan border on Sunday. "
                "Ethiopia sanctioned it on Tuesday.")
    assert ("Ethiopia", "SANCTIONS", "Ogaden Patriotic Front") in r.triples
    assert ("Ethiopia", "SANCTIONS", "Kenya") not in r.triples
    r = extract("Ethiopia closed its border crossings on Sunday. Ethiopia accused it of smuggling weapons.")
    assert not any(t[1] == "ACCUSES" and t[0] == t[2] for t in r.triples)  # never the subject itself


def test_them_after_the_subject_is_the_armed_body_the_previous_sentence_opened_with(extract) -> None:
    r = extract("Fighters of the Ogaden Patriotic Front overran a police post in Somalia on Sunday. "
                "Kenya accused them of smuggling weapons.")
    assert ("Kenya", "ACCUSES", "Ogaden Patriotic Front") in r.triples

