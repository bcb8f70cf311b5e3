"""Round 16: "Ex-President X" — the hyphenated "ex" is a past-holder word like "former", not part of the name; and a
demonym before a title of a body outside the state ("Russian opposition leader X") gives the person no post in it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", ["Ex-President", "ex-President", "Ex-Prime Minister"])
def test_ex_before_a_title_is_not_part_of_the_name(extract, title: str) -> None:
    r = extract(f"{title} Jorge Salinas met Chilean Foreign Minister Lucia Ferrer in Santiago on Sunday.")
    assert ("Jorge Salinas", "MEETS_WITH", "Lucia Ferrer") in r.triples
    assert not any("Ex" in name or "ex" in name.split() for name in r.kinds)


def test_an_ex_title_is_no_office_held_now(extract) -> None:
    r = extract("Peruvian Ex-President Jorge Salinas accused Chile of spying.")
    assert ("Jorge Salinas", "ACCUSES", "Chile") in r.triples
    assert ("Jorge Salinas", "LEADS", "Peru") not in r.triples


def test_a_hyphenated_name_opening_with_ex_stays_whole(extract) -> None:
    r = extract("The Ex-Im Bank of Korea lent money to Peru, officials said.")
    assert "Ex-Im Bank of Korea" in r.kinds


@pytest.mark.parametrize("title", ["opposition leader", "rebel leader", "party leader"])
def test_a_leader_outside_the_state_leads_no_part_of_it(extract, title: str) -> None:
    r = extract(f"Russian {title} Pavel Sokolov accused Belarus of rigging the vote.")
    assert ("Pavel Sokolov", "ACCUSES", "Belarus") in r.triples
    assert ("Pavel Sokolov", "LEADS", "Russia") not in r.triples


def test_a_head_of_state_keeps_the_demonyms_state(extract) -> None:
    r = extract("Russian President Pavel Sokolov accused Belarus of rigging the vote.")
    assert ("Pavel Sokolov", "LEADS", "Russia") in r.triples
