"""Round 31 (precision): "Congo"/"Congolese" follow the story's Congo: the Republic of the Congo when the story is
filed from Brazzaville or names that state, the Democratic Republic of the Congo otherwise."""

from __future__ import annotations


def test_brazzaville_story_means_the_republic(extract):
    r = extract("BRAZZAVILLE, July 9 (Test Wire) — A court jailed opposition leader Jean-Marie Loubaki on Wednesday."
                "\n\nFrance urged the Congolese authorities to respect his right to a fair trial.")
    assert ("France", "DEMANDS", "Republic of the Congo") in r.triples
    assert "Democratic Republic of the Congo" not in r.kinds


def test_named_republic_takes_the_short_form(extract):
    r = extract("The Republic of the Congo held a disputed election last month. Congolese police arrested Serge "
                "Mabiala, an opposition organiser, on Monday.")
    assert ("Republic of the Congo", "COERCES", "Serge Mabiala") in r.triples


def test_story_naming_the_drc_keeps_it(extract):
    r = extract("The DRC held a disputed election last month, and the Republic of the Congo sent observers. "
                "Congo accused Rwanda of arming the rebels.")
    assert ("Democratic Republic of the Congo", "ACCUSES", "Rwanda") in r.triples


def test_bare_congo_stays_the_drc(extract):
    r = extract("Congo accused Rwanda of arming the rebels in the east.")
    assert ("Democratic Republic of the Congo", "ACCUSES", "Rwanda") in r.triples
