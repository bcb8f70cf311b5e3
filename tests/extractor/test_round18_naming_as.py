"""Round 18 (D): "naming him as X" identifies someone (the one the pronoun stood for is X); it appoints no one."""

from __future__ import annotations


def test_naming_the_dead_is_no_appointment(extract) -> None:
    r = extract("Ecuador's interior minister, Rosa Lagos, accused Colombia of negligence. \"This is unacceptable,\" "
                "she said. The Colombian navy later said one of the dead was a captain in the Red Band, naming him "
                "as Tomas Perez.")
    assert ("Rosa Lagos", "HOLDS_POSITION", "Colombia") not in r.triples
    assert ("Rosa Lagos", "HOLDS_POSITION", "Ecuador") in r.triples


def test_naming_as_a_post_still_appoints(extract) -> None:
    r = extract("Ecuadorian President Rosa Lagos named Tomas Perez as her new interior minister on Friday.")
    assert ("Tomas Perez", "HOLDS_POSITION", "Ecuador") in r.triples
