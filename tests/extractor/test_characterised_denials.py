"""Round 31 (A): "called the accusations baseless" answers a charge against the denier's side, not the latest
accusation whoever it named (the wire case: Ivory Coast DENIES a lawyer whose charge was against Burkina Faso)."""

from __future__ import annotations


def test_denial_skips_a_third_partys_charge_against_the_accuser(extract) -> None:
    r = extract("Chile accused Peru of arming the rebels. The detained captain's lawyer, Marco Diaz, said Chile had "
                "tortured his client. Peru's foreign ministry called the accusations \"baseless and dangerous\".")
    assert ("Peru", "DENIES", "Chile") in r.triples
    assert ("Peru", "DENIES", "Marco Diaz") not in r.triples


def test_denial_of_the_charge_right_before(extract) -> None:
    r = extract("Chile accused Peru of hosting the plotters. Peru called the accusations baseless.")
    assert ("Peru", "DENIES", "Chile") in r.triples
