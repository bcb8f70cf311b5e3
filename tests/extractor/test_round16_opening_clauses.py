"""Round 16: a sentence opening with a subordinate clause ("If / Once / Because / After X <verb>, <main clause>").

- "Once" and "Whenever" open a clause; they are no part of the name after them ("Once the Harbour Workers Front
  refused, ...": the Harbour Workers Front)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Once the Harbour Workers Front walked out, Moldova sanctioned it.",
    "Whenever the Harbour Workers Front marched, Moldova sanctioned it.",
])
def test_a_subordinator_opening_the_sentence_is_no_part_of_a_name(extract, text) -> None:
    kinds = extract(text).kinds
    assert "Harbour Workers Front" in kinds
    assert not any(name.startswith(("Once", "Whenever")) for name in kinds)
