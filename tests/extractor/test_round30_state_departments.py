"""Round 30: the State Department and a department whose name gives its country act for that state in every
relation (the annotated sets since blind3 attribute unnamed agencies to their country); a bare "the Treasury
Department" and a named office stay actors."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", ["The State Department", "The U.S. State Department", "The US Treasury",
                                  "The U.S. Treasury Department"])
def test_a_department_charges_for_its_state(extract, body) -> None:
    r = extract(f"{body} said Kestrel Shipping had moved money for the militia. Kestrel Shipping denied it.")
    assert ("United States", "ACCUSES", "Kestrel Shipping") in r.triples
    assert ("Kestrel Shipping", "DENIES", "United States") in r.triples
    assert not any("Department" in name or "Treasury" in name for name in r.kinds)


def test_a_department_urging_and_backing_is_the_states(extract) -> None:
    r = extract("The State Department urged Bolivia to free the reporters and said it backed Chile's inquiry.")
    assert ("United States", "DEMANDS", "Bolivia") in r.triples
    assert ("United States", "SUPPORTS", "Chile") in r.triples


def test_officials_of_the_department_met_are_the_states(extract) -> None:
    r = extract("Carlos Mena, a Peruvian lawmaker, met State Department officials in Washington last week.")
    assert ("Carlos Mena", "MEETS_WITH", "United States") in r.triples


def test_no_charge_of_a_state_by_its_own_department(extract) -> None:
    r = extract("A State Department spokesperson said Washington opposed the blockade and urged Peru to lift it.")
    assert ("United States", "DEMANDS", "Peru") in r.triples
    assert all(s != t for s, _, t in r.triples)


@pytest.mark.parametrize(("text", "body"), [
    ("The Treasury Department said Kestrel Shipping had moved money for the militia.", "Treasury Department"),
    ("The Treasury's Office of Foreign Assets Control said Kestrel Shipping had moved money for the militia.",
     "Office of Foreign Assets Control"),
])
def test_a_bare_or_named_office_stays_an_actor(extract, text, body) -> None:
    assert (body, "ACCUSES", "Kestrel Shipping") in extract(text).triples


def test_a_ban_list_is_no_ban_by_the_party_named_after_it(extract) -> None:
    r = extract('The United States placed Vuksan Radonjic on a visa ban list in 2022 for what the State Department '
                'called "significant corruption".')
    assert ("United States", "SANCTIONS", "Vuksan Radonjic") in r.triples
    assert not any(s == "Vuksan Radonjic" for s, _, _ in r.triples)
