"""Round 15: a capitalised common phrase is not a person — a military rank's word describing a common noun ("called a
General Strike", "Ukraine's General Staff") and a thing set in capitals after "a"/"an" ("declared a National Day
of Mourning"); ranked officers keep their names. Sentences invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The dockers' union called a General Strike for Monday in Port Sudan.",
    "The General Strike shut the markets of Omdurman on Tuesday.",
    "Ukraine's General Staff said Russia had launched 60 drones overnight.",
    "Kiribati held a General Election in August and Kiribati said turnout was high.",
])
def test_rank_word_in_a_common_phrase_is_no_person(extract, text):
    assert "Person" not in extract(text).kinds.values()


def test_indefinite_thing_in_capitals_is_no_person(extract):
    r = extract("Malawi declared a National Day of Mourning after the ferry sank on Lake Malawi.")
    assert "Person" not in r.kinds.values()


@pytest.mark.parametrize("text, name", [
    ("Sudan's army chief, General Abdel Fattah al-Burhan, met Egypt's foreign minister.", "Abdel Fattah al-Burhan"),
    ("General Burhan met the Egyptian foreign minister in Cairo.", "Burhan"),
    ("The decree was signed by Major General Kwame Asante on Friday.", "Kwame Asante"),
    ("The lawmaker is a Rosa Quintero ally, the party said.", "Rosa Quintero"),
])
def test_ranked_and_described_names_stay_people(extract, text, name):
    assert extract(text).kinds.get(name) == "Person"


@pytest.mark.parametrize("text", [
    "Japan's Deputy Foreign Minister, Haruto Sano, visited Laos on Tuesday.",
    "The party's General Secretary, Haruto Sano, visited Laos on Tuesday.",
])
def test_titles_before_an_apposed_name_are_no_person(extract, text):
    assert {n for n, k in extract(text).kinds.items() if k == "Person"} == {"Haruto Sano"}
