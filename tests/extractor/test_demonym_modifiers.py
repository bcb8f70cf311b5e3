"""Round 31 (precision): "the Korean ship", "the Balinese activists": a people's adjective the word list has no state
for, before a common noun, is no organisation; before a body's noun ("the Sindian front") it still names one."""

from __future__ import annotations


def test_adjective_before_a_ship_is_no_body(extract):
    r = extract("China accused the Korean ship of provocative behaviour on Monday.")
    assert "Korean" not in r.kinds


def test_adjective_before_people_is_no_body(extract):
    r = extract("Police in Ankara detained the Balinese activists on Tuesday.")
    assert "Balinese" not in r.kinds


def test_adjective_before_a_front_stays_a_body(extract):
    r = extract("Senegal's army said the Sindian front had attacked a patrol. The Sindian front accused Senegal of "
                "provoking the clash.")
    assert ("Sindian", "ACCUSES", "Senegal") in r.triples
