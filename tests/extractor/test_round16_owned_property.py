"""Round 16: an act on unnamed property that belongs to, is owned or operated by X is done to X ("seized a tanker
belonging to X", the annotated sets' convention for "froze bank accounts belonging to ..."), and ties no one to
the agent; "impounded" and "confiscated" are seizures. A named vessel is the one seized, not its owner."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("owned", ["belonging to", "owned by"])
def test_a_seizure_of_property_is_done_to_its_owner(extract, owned: str) -> None:
    r = extract(f"Norway seized two trawlers {owned} the Kestrel Fishing Company on Friday.")
    assert ("Norway", "COERCES", "Kestrel Fishing Company") in r.triples
    assert ("Norway", "ASSOCIATED_WITH", "Kestrel Fishing Company") not in r.triples


@pytest.mark.parametrize("verb", ["impounded", "confiscated"])
def test_impounding_is_a_seizure(extract, verb: str) -> None:
    r = extract(f"Norway {verb} a cargo plane operated by the Kestrel Fishing Company.")
    assert ("Norway", "COERCES", "Kestrel Fishing Company") in r.triples


def test_an_attack_on_property_is_an_attack_on_its_owner(extract) -> None:
    r = extract("The Blue River Front attacked a convoy belonging to the Kestrel Fishing Company.")
    assert ("Blue River Front", "ATTACKS", "Kestrel Fishing Company") in r.triples


def test_a_named_vessel_is_the_one_seized(extract) -> None:
    r = extract("Norway impounded the trawler Polar Wren, owned by the Kestrel Fishing Company, on Friday.")
    assert ("Norway", "COERCES", "Polar Wren") in r.triples
    assert ("Norway", "COERCES", "Kestrel Fishing Company") not in r.triples
