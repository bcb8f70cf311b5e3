"""Round 14, events: forces sent to help another state are aid; forces sent to a border are not. Sentences invented
for these tests."""

from __future__ import annotations


def test_police_sent_to_help(extract):
    r = extract("SUVA, May 2 - New Zealand will send 40 police officers to Fiji's western division to help restore "
                "order after the riots.")
    assert ("New Zealand", "AIDS", "Fiji") in r.triples


def test_special_forces_flown_in_at_a_request(extract):
    r = extract("Rwanda, which flew special forces into Bangui this month at Touadera's request, denied any role.")
    assert ("Rwanda", "AIDS", "Central African Republic") in r.triples


def test_troops_deployed_as_part_of_a_mission(extract):
    r = extract("State media reported that Kenyan troops had been deployed to Haiti as part of a United Nations "
                "mission.")
    assert ("Kenya", "AIDS", "Haiti") in r.triples


def test_troops_sent_to_a_border_are_no_aid(extract):
    r = extract("Azerbaijan sent 3,000 troops to the border with Armenia on Monday.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)


def test_troops_sent_without_a_help_cue_are_no_aid(extract):
    r = extract("Russia sent troops into Georgia in 2008.")
    assert ("Russia", "AIDS", "Georgia") not in r.triples
