"""An object after an abbreviation ("U.S. President X", "Lt. Gen. X") or behind a title holding "of" ("Secretary
of State X") is still the verb's object: the full stop of an abbreviation ends no clause, and the "of" of a title
is not the "of" after the one accused."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("Ruth Osei met U.S. Deputy Secretary Alan Pryce in Accra on Monday.", ("Ruth Osei", "MEETS_WITH", "Alan Pryce")),
    ("Chile sanctioned Lt. Gen. Ramon Idiaquez on Friday.", ("Chile", "SANCTIONS", "Ramon Idiaquez")),
    ("Pedro Salas negotiated with U.S. special envoy Helen Marsh in Lima.", ("Pedro Salas", "NEGOTIATES_WITH", "Helen Marsh")),
    ("Ghana accused Secretary of State Walter Brine of misleading parliament.",
     ("Ghana", "ACCUSES", "Walter Brine")),
])
def test_object_after_abbreviation_or_titled_with_of(extract, text, triple) -> None:
    assert triple in extract(text).triples


def test_a_real_stop_still_ends_the_object(extract) -> None:
    r = extract("Ghana accused the opposition of fraud: Walter Brine was arrested.")
    assert ("Ghana", "ACCUSES", "Walter Brine") not in r.triples
