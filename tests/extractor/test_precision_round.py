"""Precision round: relations a careful analyst would call wrong (wrong party, wrong side, wrong sense)."""

from __future__ import annotations


def test_the_official_announcing_charges_is_not_the_one_charged(extract) -> None:
    r = extract("Chad's army detained the opposition leader Idriss Mahamat on Sunday. Justice Minister Amina Haroun "
                "said on Monday that he would be charged with conspiracy.")
    assert ("Chad", "INVESTIGATES", "Amina Haroun") not in r.triples
    assert ("Chad", "COERCES", "Idriss Mahamat") in r.triples
    r = extract("Police in Togo detained dozens of protesters. Yao Bawara, the interior minister, told state television "
                "that the detainees had incited violence and would be prosecuted.")
    assert ("Togo", "INVESTIGATES", "Yao Bawara") not in r.triples
