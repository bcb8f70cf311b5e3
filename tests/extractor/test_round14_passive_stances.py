"""Round 14: a stance told with its taker after the act ("The ban was welcomed by X", "The arrest drew criticism
from Y") answers whoever did the act (passive_stances.py)."""

from __future__ import annotations


def test_ban_welcomed_by_party(extract):
    r = extract("Bangladesh on Monday banned the Sonar Students Alliance. "
                "The ban was welcomed by the ruling People's Democratic League.")
    assert ("People's Democratic League", "SUPPORTS", "Bangladesh") in r.triples


def test_arrest_condemned_by_group(extract):
    r = extract("Ugandan police arrested the musician Robert Ssentamu in Kampala on Friday. "
                "The arrest was condemned by the rights group Chapter Nine, which called it political.")
    assert ("Chapter Nine", "ACCUSES", "Uganda") in r.triples


def test_arrest_drew_criticism_from(extract):
    r = extract("Ugandan police arrested the musician Robert Ssentamu in Kampala on Friday. "
                "The arrest drew sharp criticism from the European Union.")
    assert ("European Union", "ACCUSES", "Uganda") in r.triples


def test_passive_stance_needs_an_act_for_its_subject(extract):
    r = extract("Ugandan police arrested the musician Robert Ssentamu in Kampala on Friday. "
                "The musician was praised by the European Union for his work.")
    assert ("European Union", "SUPPORTS", "Uganda") not in r.triples


def test_passive_backing_of_an_actor_is_not_a_stance_on_an_act(extract):
    r = extract("The Polisario Front, which is backed by Algeria, attacked Moroccan positions on Tuesday.")
    assert ("Algeria", "SUPPORTS", "Morocco") not in r.triples
