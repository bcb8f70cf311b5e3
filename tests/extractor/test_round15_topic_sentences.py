"""Round 15, anaphora across sentences: a sentence that names no body or state ("Its leader, X, vowed to fight on.")
keeps the topic, so a following "It ..." or "... sanctioned it" is the body the sentence before it opened with;
"They ..." is a group or a body under arms the previous sentence opened with ("Fighters of the X Front ...")."""

from __future__ import annotations


def test_it_skips_a_sentence_that_names_no_body(extract) -> None:
    r = extract("The Ogaden Patriotic Front overran a police post in Somalia on Sunday. Its commander, Abdi Farah, "
                "vowed to fight on. It accused Ethiopia of bombing civilians.")
    assert ("Ogaden Patriotic Front", "ACCUSES", "Ethiopia") in r.triples
    r = extract("The Ogaden Patriotic Front overran a police post in Somalia on Sunday. Its commander, Abdi Farah, "
                "vowed to fight on. Kenya sanctioned it on Tuesday.")
    assert ("Kenya", "SANCTIONS", "Ogaden Patriotic Front") in r.triples


def test_they_is_the_group_or_armed_body_the_previous_sentence_opened_with(extract) -> None:
    r = extract("Fighters of the Ogaden Patriotic Front overran a police post in Somalia on Sunday. "
                "They accused Ethiopia of bombing civilians.")
    assert ("Ogaden Patriotic Front", "ACCUSES", "Ethiopia") in r.triples
    r = extract("The African Development Bank froze a loan to Somalia on Sunday. They accused Ethiopia of delays.")
    assert ("African Development Bank", "ACCUSES", "Ethiopia") not in r.triples  # a bank is no "they"
