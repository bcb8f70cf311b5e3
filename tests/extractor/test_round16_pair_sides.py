"""Round 16: "both sides" / "the two sides" called on, accused or pressed stand for the two parties just set
against each other when they are organisations or people, not only states; the one calling on them is never a
side ("Ghana urged both sides": not Ghana). Before, the caller was taken for a side, "the two sides" found no
one, and two people were never sides."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("first, sides", [
    ("The Volta Liberation Army and the Coastal Defence Front clashed near the port on Friday.",
     ("Volta Liberation Army", "Coastal Defence Front")),
    ("Odile Brandt accused Kwame Asante of vote rigging on Friday.", ("Odile Brandt", "Kwame Asante")),
])
@pytest.mark.parametrize("call, rel", [
    ("Ghana urged both sides to hold talks.", "DEMANDS"),
    ("Ghana urged the two sides to hold talks.", "DEMANDS"),
    ("Ghana accused the two sides of stoking violence.", "ACCUSES"),
])
def test_both_sides_called_on_are_the_two_parties(extract, first, sides, call, rel) -> None:
    triples = extract(f"{first} {call}").triples
    assert all(("Ghana", rel, side) in triples for side in sides)
    assert ("Ghana", rel, "Ghana") not in triples
