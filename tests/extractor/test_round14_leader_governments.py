"""Round 14, part F: governments named after their leader ("the Ferreyra administration") stand for the state the
leader heads, else for an organisation named with its noun; names shaped "<creed adjective> State" are bodies."""

from __future__ import annotations


def test_state_from_demonym_title(extract):
    r = extract("Uruguayan President Tomas Ferreyra flew home on Tuesday. "
                "The Ferreyra administration accused Suriname of smuggling arms across the river.")
    assert ("Uruguay", "ACCUSES", "Suriname") in r.triples
    assert ("Tomas Ferreyra", "ACCUSES", "Suriname") not in r.triples
    assert "Ferreyra" not in r.kinds and "Ferreyra administration" not in r.kinds


def test_state_from_possessive_title_and_government_first(extract):
    r = extract("The Haldorsdottir government accused Bhutan of spying on its fishing fleet. "
                "Iceland's prime minister, Sigrun Haldorsdottir, repeated the charge in parliament.")
    assert ("Iceland", "ACCUSES", "Bhutan") in r.triples
    assert r.kinds.get("Sigrun Haldorsdottir") == "Person"


def test_state_from_apposed_post(extract):
    r = extract("Tomas Ferreyra, the Uruguayan president, spoke on Monday. "
                "The Ferreyra cabinet accused Suriname of harbouring smugglers.")
    assert ("Uruguay", "ACCUSES", "Suriname") in r.triples


def test_state_from_dateline_for_bare_head_of_state_title(extract):
    r = extract("MONTEVIDEO, May 2 (Wire) - President Tomas Ferreyra met farmers on Monday. "
                "The Ferreyra government sanctioned two Surinamese banks on Friday.")
    assert ("Uruguay", "SANCTIONS", "two Surinamese banks") in r.triples
    assert not any(a == "Ferreyra government" for a in r.kinds)


def test_administration_officials_stand_for_the_state(extract):
    r = extract("Uruguayan President Tomas Ferreyra spoke on Monday. "
                "Ferreyra administration officials accused Suriname of harbouring smugglers.")
    assert ("Uruguay", "ACCUSES", "Suriname") in r.triples
    r = extract("Uruguayan President Tomas Ferreyra spoke on Monday. "
                "A Ferreyra administration official accused Suriname of harbouring smugglers.")
    assert ("Uruguay", "ACCUSES", "Suriname") in r.triples


def test_no_state_found_gives_an_organisation_with_its_noun(extract):
    r = extract("The Vantorp administration sanctioned two Bhutanese companies on Friday.")
    assert r.kinds.get("Vantorp administration") == "Organization"
    assert "Vantorp" not in r.kinds
    assert ("Vantorp administration", "SANCTIONS", "two Bhutanese companies") in r.triples


def test_person_without_state_is_not_the_government(extract):
    r = extract("Analyst Mirek Vantorp wrote a book. The Vantorp regime, he said, never existed.")
    assert r.kinds.get("Mirek Vantorp") == "Person"
    assert not any(k == "Country" for k in r.kinds.values())


def test_known_organisation_keeps_its_name(extract):
    r = extract("Harakat Zaman fighters attacked a convoy in Lesotho. "
                "The Zaman government in exile denied that it had ordered the raid.")
    assert r.kinds.get("Harakat Zaman") == "Organization"
    assert "Zaman government" not in r.kinds


def test_family_and_plan_are_not_governments(extract):
    r = extract("The Halloran family accused Iceland of negligence. Lesotho rejected the Brandt plan.")
    assert not any(name.startswith(("Halloran", "Brandt")) for name in r.kinds)
    assert not any(t[2].startswith("Brandt") for t in r.triples)


def test_headline_title_case_left_alone(extract):
    r = extract("Ferreyra Administration Sanctions Suriname")
    assert "Ferreyra administration" not in r.kinds and "Uruguay" not in r.kinds


def test_two_leaders_in_one_story(extract):
    r = extract("Surinamese President Anouk Pinas met Uruguayan President Tomas Ferreyra in Brasilia on Monday. "
                "Later the Pinas government accused Uruguay of hiding smugglers, and the Ferreyra "
                "administration threatened to sanction Suriname.")
    assert ("Suriname", "ACCUSES", "Uruguay") in r.triples
    assert ("Uruguay", "THREATENS", "Suriname") in r.triples


def test_creed_adjective_state_is_an_organisation(extract):
    r = extract("Islamic State accused Uruguay of torturing its members.")
    assert r.kinds.get("Islamic State") == "Organization"
    assert ("Islamic State", "ACCUSES", "Uruguay") in r.triples
    r = extract("Revolutionary Emirate claimed it had seized two villages, officials in Bhutan said.")
    assert r.kinds.get("Revolutionary Emirate") == "Organization"


def test_state_after_a_place_name_or_demonym_is_not_a_body(extract):
    r = extract("The governor toured Kwara State on Monday. Icelandic State broadcasters were silent.")
    assert "Kwara State" not in r.kinds
    assert "Icelandic State" not in r.kinds
    r = extract("Latvia, a Baltic State, protested to Iceland on Monday.")
    assert "Baltic State" not in r.kinds


def test_possessive_government_is_the_state(extract):
    r = extract("Uruguayan President Tomas Ferreyra spoke on Monday. "
                "Ferreyra's government accused Suriname of harbouring smugglers.")
    assert ("Uruguay", "ACCUSES", "Suriname") in r.triples
    assert ("Tomas Ferreyra", "ACCUSES", "Suriname") not in r.triples
    r = extract("Uruguayan President Tomas Ferreyra spoke on Monday. "
                "Iceland signed a loan package with Ferreyra's government in August.")
    assert ("Iceland", "AGREES_WITH", "Uruguay") in r.triples
    assert ("Iceland", "AGREES_WITH", "Tomas Ferreyra") not in r.triples


def test_possessive_government_without_state_stays_the_person(extract):
    r = extract("Tomas Ferreyra spoke on Monday. Ferreyra's administration accused Suriname of harbouring smugglers.")
    assert ("Tomas Ferreyra", "ACCUSES", "Suriname") in r.triples
    assert "Ferreyra administration" not in r.kinds


def test_possessive_of_a_country_unchanged(extract):
    r = extract("Suriname's government accused Uruguay of harbouring smugglers.")
    assert ("Suriname", "ACCUSES", "Uruguay") in r.triples


def test_guessed_state_not_taken_when_the_government_acts_on_it(extract):
    r = extract("Suriname freed two Icelandic sailors on Saturday after talks in Paramaribo. Suriname said the "
                "release was a goodwill gesture. President Tomas Ferreyra welcomed the move. The Ferreyra "
                "administration lifted sanctions on three Surinamese officials.")
    assert not any(t[0] == "Suriname" and t[1] in ("SANCTIONS", "EASES_SANCTIONS") for t in r.triples)


def test_the_administration_after_a_leader_named_one(extract):
    text = ("Suriname expelled two Uruguayan diplomats on Monday, and Suriname said they had spied for years. "
            "Uruguayan President Tomas Ferreyra called the move absurd. The Ferreyra administration accused "
            "Suriname of staging a provocation. The administration also threatened to sanction Suriname.")
    assert ("Uruguay", "THREATENS", "Suriname") in extract(text).triples
    r = extract(text.replace("Uruguayan President Tomas Ferreyra called the move absurd. ", "")
                .replace("Uruguayan", "Icelandic").replace("Ferreyra", "Vantorp"))
    assert ("Vantorp administration", "THREATENS", "Suriname") in r.triples


def test_the_government_after_another_state_opens_a_sentence(extract):
    r = extract("Uruguayan President Tomas Ferreyra spoke on Monday. The Ferreyra government accused Suriname of "
                "smuggling. Suriname rejected the charge on Tuesday. The government also expelled two Icelandic "
                "reporters.")
    assert ("Uruguay", "COERCES", "two Icelandic reporters") not in r.triples


def test_sentence_opening_word_is_no_leader(extract):
    for text in ("Interim government officials accused Suriname of meddling.",
                 "Opposition cabinet members accused Suriname of lying.",
                 "Caretaker government ministers accused Suriname of meddling."):
        r = extract(text)
        assert not any(k == "Organization" for k in r.kinds.values()), r.kinds


def test_government_as_object_and_as_a_post(extract):
    lead = "Uruguayan President Tomas Ferreyra spoke on Monday. "
    assert ("Suriname", "ACCUSES", "Uruguay") in extract(
        lead + "Suriname accused the Ferreyra government of hiding smugglers.").triples
    assert ("Suriname", "SANCTIONS", "Uruguay") in extract(
        lead + "Suriname imposed sanctions on the Ferreyra government.").triples
    r = extract(lead + "Ana Ruiz, the foreign minister in the Ferreyra government, accused Suriname of lying.")
    assert ("Ana Ruiz", "HOLDS_POSITION", "Uruguay") in r.triples
