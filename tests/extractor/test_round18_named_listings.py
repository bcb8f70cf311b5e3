"""Round 18 (F): "OFAC named X, described as a commander ...": a listing with a description, not an appointment
(no post is given), so X holds no position in the body that named him."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("tail", [", described as a field commander in the north", ", identified as a financier"])
def test_named_without_a_post_is_no_appointment(extract, tail: str) -> None:
    r = extract(f"The Office of Sanctions Control named Tomas Okafor{tail}.")
    assert not any(t[1] == "HOLDS_POSITION" and t[2] == "Office of Sanctions Control" for t in r.triples)


def test_named_as_a_post_is_still_an_appointment(extract) -> None:
    r = extract("Ghana's president named Tomas Okafor, a former general, as defence minister.")
    assert ("Tomas Okafor", "HOLDS_POSITION", "Ghana") in r.triples
