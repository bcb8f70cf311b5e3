"""Round 14: bodies whose names run through "and": a remit of two parts ("the Ministry of Water and Sanitation",
"the Chamber of Commerce and Industry") and a country's form of several words inside the name ("the Antigua and
Barbuda Bar Association"); not two bodies joined by "and"."""

from __future__ import annotations


def test_ministry_with_two_part_remit(extract):
    r = extract("The Zembian Ministry of Water and Sanitation accused Malawi of polluting the river.")
    assert ("Zembian Ministry of Water and Sanitation", "ACCUSES", "Malawi") in r.triples
    assert "Sanitation" not in r.kinds


def test_chamber_with_two_part_remit(extract):
    r = extract("The Saint Kitts and Nevis Chamber of Commerce and Industry criticised Venezuela over the tariffs.")
    assert r.kinds.get("Saint Kitts and Nevis Chamber of Commerce and Industry") == "Organization"


def test_three_word_remit(extract):
    r = extract("Officials at the Ministry of Foreign Affairs and Regional Integration said Gabon had agreed.")
    assert r.kinds.get("Ministry of Foreign Affairs and Regional Integration") == "Organization"


def test_two_bodies_joined_by_and_stay_apart(extract):
    r = extract("The Ministry of Defence and Hezbollah both denied that Israel had struck the depot.")
    assert not any(name.endswith("Hezbollah") and name != "Hezbollah" for name in r.kinds)
    r = extract("The Ministry of Justice and Amnesty International accused Egypt of torture.")
    assert not any("Justice and Amnesty" in name for name in r.kinds)


def test_country_of_several_words_inside_a_name(extract):
    r = extract("The Antigua and Barbuda Bar Association accused Dominica of ignoring the court.")
    assert ("Antigua and Barbuda Bar Association", "ACCUSES", "Dominica") in r.triples


def test_ampersand_joins_a_firms_name(extract):
    r = extract("The Treasury sanctioned Halvorsen & Lund, a shipping firm, for hiding payments.")
    assert ("Treasury", "SANCTIONS", "Halvorsen & Lund") in r.triples
    r = extract("Kenya accused Mbeki & Sons Logistics of smuggling fuel.")
    assert ("Kenya", "ACCUSES", "Mbeki & Sons Logistics") in r.triples


def test_ampersand_before_a_lower_case_word_joins_nothing(extract):
    r = extract("Ghana accused Togo & its allies of smuggling fuel.")
    assert ("Ghana", "ACCUSES", "Togo") in r.triples
