"""Round 15, anaphora across sentences: a sentence that names no body or state ("Its leader, X, vowed to fight on.")
keeps the topic, so a following "It ..." or "... sanctioned it" is the body the sentence before it opened with."""

from __future__ import annotations


def test_it_skips_a_sentence_that_names_no_body(extract) -> None:
    r = extract("The Ogaden Patriotic Front overran a police post in Somalia on Sunday. Its commander, Abdi Farah, "
                "vowed to fight on. It accused Ethiopia of bombing civilians.")
    assert ("Ogaden Patriotic Front", "ACCUSES", "Ethiopia") in r.triples
    r = extract("The Ogaden Patriotic Front overran a police post in Somalia on Sunday. Its commander, Abdi Farah, "
                "vowed to fight on. Kenya sanctioned it on Tuesday.")
    assert ("Kenya", "SANCTIONS", "Ogaden Patriotic Front") in r.triples
