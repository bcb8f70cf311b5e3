"""Round 18 (F): "X, which helped arm Y": the relative clause's antecedent X helps, not the main clause's subject."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("verb", ["helped arm", "helped fund", "helps supply"])
def test_helped_in_a_relative_clause(extract, verb: str) -> None:
    r = extract(f"Chile imposed sanctions on Andes Trading, which {verb} the Red Band.")
    assert ("Andes Trading", "AIDS", "Red Band") in r.triples
    assert ("Chile", "AIDS", "Red Band") not in r.triples
