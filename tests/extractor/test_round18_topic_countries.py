"""Round 18 (G): a country named only as the topic of another body's sanctions regime, committee, panel or envoy
("the UN's Syria envoy", "the Council's Haiti sanctions committee") is not the agent; the body's owner is."""

from __future__ import annotations


def test_owner_of_a_sanctions_committee_acts(extract) -> None:
    r = extract("The Security Council's Belize sanctions committee on Monday banned travel by Orlin Matek.")
    assert not any(t[0] == "Belize" for t in r.triples)


def test_sanctions_regime_in_the_object_slot(extract) -> None:
    r = extract("The European Union set up its Belarus sanctions regime in 2020 and has since designated Orlin Matek.")
    assert ("European Union", "DESIGNATES", "Orlin Matek") in r.triples
    assert ("Belarus", "DESIGNATES", "Orlin Matek") not in r.triples


def test_envoy_and_panel_of_a_body(extract) -> None:
    r = extract("The UN's Libya envoy met Orlin Matek in Tunis on Monday.")
    assert ("UN", "MEETS_WITH", "Orlin Matek") in r.triples
    assert ("Libya", "MEETS_WITH", "Orlin Matek") not in r.triples
    r = extract("The UN Yemen panel of experts accused Orlin Matek of smuggling arms.")
    assert ("Yemen", "ACCUSES", "Orlin Matek") not in r.triples


def test_abbreviated_state_and_possessed_envoy_still_act(extract) -> None:
    r = extract("The U.S. sanctions program has designated Orlin Matek.")
    assert ("United States", "DESIGNATES", "Orlin Matek") in r.triples
    r = extract("Turkey's Libya envoy met Orlin Matek on Monday.")
    assert ("Turkey", "MEETS_WITH", "Orlin Matek") in r.triples
