"""Round 30: an acronym declared after a name the run cut short (a country word, a particle joined to a capitalised
word) names the same body later; a confederation named after its country is a body."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("declared", "name", "acronym"), [
    ("The Tehrik-e-Azadi Pakistan (TAP)", "Tehrik-e-Azadi Pakistan", "TAP"),
    ("The army struck camps of the Tehrik-e-Taliban Sindh (TTS)", "Tehrik-e-Taliban Sindh", "TTS"),
    ("Jabhat Tahrir al-Sham wal-Furat (JTSF)", "Jabhat Tahrir al-Sham", "JTSF"),
    ("The Confederation of Indigenous Nationalities of Bolivia (CONAIB)",
     "Confederation of Indigenous Nationalities of Bolivia", "CONAIB"),
])
def test_the_acronym_names_the_cut_body(extract, declared, name, acronym) -> None:
    r = extract(f"{declared} called a strike on Monday. Later the {acronym} demanded that Peru release its leaders.")
    assert (name, "DEMANDS", "Peru") in r.triples
    assert acronym not in r.kinds


def test_a_confederation_of_a_country_is_a_body(extract) -> None:
    r = extract("Police detained Rosa Quispe, vice-president of the Confederation of Indigenous Nationalities of "
                "Bolivia, on Monday.")
    assert ("Rosa Quispe", "HOLDS_POSITION", "Confederation of Indigenous Nationalities of Bolivia") in r.triples


def test_letters_that_spell_another_name_are_not_its_acronym(extract) -> None:
    r = extract("Tehrik-e-Azadi Kashmir leaders met in Lahore (PTI) on Monday. PTI accused Pakistan of lying.")
    assert ("PTI", "ACCUSES", "Pakistan") in r.triples


def test_a_one_word_short_name_in_brackets_names_the_body(extract) -> None:
    r = extract("Police detained two leaders of the Party for the Renewal of Bolivia (Renova) on Monday. Later "
                "Renova demanded that Peru release its leaders.")
    assert ("Party for the Renewal of Bolivia", "DEMANDS", "Peru") in r.triples
    assert "Renova" not in r.kinds


def test_a_titles_acronym_is_the_body_the_text_declares(extract) -> None:
    r = extract("LIMA, March 18 - Peru's government on Tuesday suspended talks with the National Liberation Front "
                "(NLF), accusing the group of war crimes. The NLF denied the charge.",
                title="Peru suspends talks with NLF rebels after offensive")
    assert "NLF" not in r.kinds
    assert ("Peru", "NEGOTIATES_WITH", "National Liberation Front") in r.triples
