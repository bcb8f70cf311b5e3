"""Round 12, precision and actor kinds: a body's name is told from a person's by cue words a whole-word test
misses (a cue joined by hyphens or written with an apostrophe, a capitalised plural that heads groups of
people, a media noun right after the name); and the people and places the same rules must leave alone."""

from __future__ import annotations

# -- cue words hidden inside a body's name ------------------------------------------------------------------------


def test_a_cue_joined_by_a_hyphen_makes_a_body(extract) -> None:
    r = extract("The ban was welcomed by the ruling Kenya Farmers League-Mwangi, whose chairman, Joseph Otieno, "
                "said the move was overdue.")
    assert r.kinds.get("Kenya Farmers League-Mwangi") == "Organization"


def test_a_party_name_joined_by_hyphens_after_a_country_is_a_body(extract) -> None:
    r = extract("Police raided the offices of the opposition Nepal Tehreek-e-Awam on Friday, and its leader, "
                "Ram Bahadur Thapa, was briefly detained.")
    assert r.kinds.get("Nepal Tehreek-e-Awam") == "Organization"


def test_a_capitalised_plural_of_people_makes_a_body(extract) -> None:
    r = extract("Journalists Beyond Frontiers said the reporter had been held for three days without charge.")
    assert r.kinds.get("Journalists Beyond Frontiers") == "Organization"


def test_a_gang_named_by_its_members_is_a_body(extract) -> None:
    r = extract("Police said Riverside Soldiers had been fighting a rival gang for control of the port "
                "district since January.")
    assert r.kinds.get("Riverside Soldiers") == "Organization"


def test_a_name_before_a_media_noun_is_a_body(extract) -> None:
    r = extract("The minister told the official Koral news agency that the border would stay closed.")
    assert r.kinds.get("Koral") == "Organization"


# -- and what must stay a person or a place ---------------------------------------------------------------------


def test_a_hyphenated_surname_stays_a_person(extract) -> None:
    r = extract("Opposition deputy Ioana Popa-Grigore said the annulment was unlawful.")
    assert r.kinds.get("Ioana Popa-Grigore") == "Person"


def test_an_adjective_compound_with_a_cue_word_is_no_body(extract) -> None:
    r = extract("Pro-government media accused the archbishop of conspiring with foreign powers.")
    assert not any(kind == "Organization" and name.lower().startswith("pro") for name, kind in r.kinds.items())


def test_a_place_before_site_is_no_body(extract) -> None:
    r = extract("Soldiers drove hundreds of miners from the Kambala site on Tuesday, witnesses said.")
    assert r.kinds.get("Kambala") != "Organization"
