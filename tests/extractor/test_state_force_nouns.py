"""Round 31 (A): a demonym's air defences or border service stand for its state (lexicon state_nouns)."""

from __future__ import annotations


def test_blamed_air_defences_accuse_their_state(extract) -> None:
    r = extract("Chile formally blamed Peruvian air defences on Monday for the crash of a cargo plane.")
    assert ("Chile", "ACCUSES", "Peru") in r.triples


def test_border_authorities_accused(extract) -> None:
    r = extract("Chile's interior ministry accused Peruvian border authorities of steering migrants towards the "
                "frontier.")
    assert ("Chile", "ACCUSES", "Peru") in r.triples


def test_no_demonym_no_state(extract) -> None:
    r = extract("Chile blamed the air defences for the crash of a cargo plane.")
    assert not any(t[1] == "ACCUSES" for t in r.triples)
