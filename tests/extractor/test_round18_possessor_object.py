"""Round 18 (G): a possessor opening a sentence ("X's family said ... could not see her") is not the sentence's
subject, so an object "her" there may still be X, and is never a person from the sentence before."""

from __future__ import annotations


def test_her_after_a_family_speaker_is_not_the_earlier_leader(extract) -> None:
    r = extract("Police detained Ines Arbelo Quant at her office. Prosecutors said she had taken money before "
                "President Rui Tavora's second inauguration. Arbelo's family said she was held in a barracks and that "
                "lawyers had not been allowed to visit her. Her cousin, Nuno Salgado, said the case was invented.")
    assert ("Nuno Salgado", "FAMILY_OF", "Rui Tavora") not in r.triples


def test_her_husband_after_a_lawyer_speaker(extract) -> None:
    r = extract("Police detained Ines Arbelo at her office after President Rui Tavora spoke. Arbelo's lawyer said "
                "guards had refused to let him see her, and that no charges were filed. Her husband, Joao Medeiros, "
                "said the arrest was political.")
    assert ("Joao Medeiros", "FAMILY_OF", "Rui Tavora") not in r.triples
    assert ("Joao Medeiros", "FAMILY_OF", "Ines Arbelo") in r.triples
