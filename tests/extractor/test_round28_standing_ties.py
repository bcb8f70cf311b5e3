"""Round 28, standing ties: a post in a state's ministry or department is a post in the state (organ_posts.py);
"Y, the NATO-led force," -> NATO LEADS Y (led_by.py); "Labour Party leader X" -> X LEADS the Labour Party
(structural.py)."""

import pytest


@pytest.mark.parametrize(("text", "state"), [
    ("Tomas Rein, a State Department spokesman, said the talks had stalled.", "United States"),
    ("Tomas Rein, a US State Department official, said the talks had stalled.", "United States"),
    ("Russian Foreign Ministry spokeswoman Ilse Varga dismissed the report.", "Russia"),
    ("Tomas Rein, spokesman for Chile's Foreign Affairs Ministry, said the talks had stalled.", "Chile"),
    ("Tomas Rein, a Foreign Office spokesman, said the talks had stalled.", "United Kingdom"),
])
def test_a_post_in_a_state_ministry_is_a_post_in_the_state(extract, text, state) -> None:
    r = extract(text)
    person = next(a.name for a in r.extraction.actors if a.kind == "Person")
    assert (person, "HOLDS_POSITION", state) in r.triples
    assert not [t for t in r.triples if t[0] == person and t[1] == "HOLDS_POSITION" and t[2] != state]


def test_the_organ_in_no_other_relation_is_left_out(extract) -> None:
    r = extract("Tomas Rein, a State Department spokesman, said the talks had stalled.")
    assert "State Department" not in r.kinds


def test_an_office_with_a_name_of_its_own_keeps_the_post(extract) -> None:
    r = extract("Tomas Rein, a spokesman for the Andean Affairs Office, said the talks had stalled.")
    assert ("Tomas Rein", "HOLDS_POSITION", "Andean Affairs Office") in r.triples


def test_a_court_keeps_its_judge(extract) -> None:
    r = extract("Judge Tomas Rein of the Supreme Court of Chile said the case would be heard in May.")
    assert not [t for t in r.triples if t[0] == "Tomas Rein" and t[2] == "Chile" and t[1] == "LEADS"]


@pytest.mark.parametrize(("text", "leader", "body"), [
    ("Serbia called on LAKFOR, the NATO-led peacekeeping force, to protect civilians.", "NATO", "LAKFOR"),
    ("The Lake Chad Task Force, a French-led mission, withdrew on Monday.", "France", "Lake Chad Task Force"),
    ("The Lake Chad Task Force, the Russian-led military alliance that includes Chad, said it was ready.",
     "Russia", "Lake Chad Task Force"),
])
def test_a_led_description_set_off_after_the_body(extract, text, leader, body) -> None:
    assert (leader, "LEADS", body) in extract(text).triples


def test_a_led_description_heading_a_list_leads_nothing(extract) -> None:
    r = extract("Chile sanctioned the Lake Chad Task Force, the NATO-led force that patrols the coast and two firms.")
    assert ("NATO", "LEADS", "Lake Chad Task Force") not in r.triples


@pytest.mark.parametrize("text", [
    "Labour Party leader Mere Tuavera accused the government of lying.",
    "Chile sanctioned Labour Party leader Mere Tuavera on Monday.",
])
def test_a_party_title_after_the_party_name(extract, text) -> None:
    assert ("Mere Tuavera", "LEADS", "Labour Party") in extract(text).triples


def test_a_title_word_inside_a_court_name_is_no_title(extract) -> None:
    r = extract("The two leaders agreed the dispute should go to the International Court of Justice, Tuavera's "
                "office said.")
    assert not [t for t in r.triples if t[2] == "International Court of Justice" and t[1] in ("LEADS", "HOLDS_POSITION")]


def test_a_leaders_spokeswoman_holds_a_post_in_the_leaders_state(extract) -> None:
    r = extract("Prime Minister Rafe Doolub of Mauritius met the envoy. The claim was denied by Doolub's "
                "spokeswoman, Nadia Ramdin.")
    assert ("Nadia Ramdin", "HOLDS_POSITION", "Mauritius") in r.triples
    assert ("Nadia Ramdin", "ASSOCIATED_WITH", "Rafe Doolub") not in r.triples


def test_a_leaders_lawyer_stays_a_personal_tie(extract) -> None:
    r = extract("President Rafe Doolub of Mauritius met the envoy. His lawyer, Nadia Ramdin, said he was innocent.")
    assert ("Nadia Ramdin", "ASSOCIATED_WITH", "Rafe Doolub") in r.triples
    assert ("Nadia Ramdin", "HOLDS_POSITION", "Mauritius") not in r.triples


@pytest.mark.parametrize("text", [
    "A Lowland Front commander in the north, Abu Kaso, said the army was killing civilians.",
    "Abu Kaso, a Lowland Front commander in the area, said the group would hold the town.",
    "Chile extradited Abu Kaso, a senior Lowland Front commander known as \"Cobra\", to Peru.",
])
def test_one_of_a_bodys_commanders_holds_a_post(extract, text) -> None:
    r = extract(text)
    assert ("Abu Kaso", "HOLDS_POSITION", "Lowland Front") in r.triples
    assert ("Abu Kaso", "MEMBER_OF", "Lowland Front") not in r.triples


def test_one_of_a_bodys_leaders_stays_a_member(extract) -> None:
    r = extract("A senior Lowland Front leader, Abu Kaso, rejected the order.")
    assert ("Abu Kaso", "MEMBER_OF", "Lowland Front") in r.triples


@pytest.mark.parametrize(("opener", "body"), [
    ("Chile's foreign ministry denied that civilians had been hit.", "Chile"),
    ("The Lowland Front denied the report.", "Lowland Front"),
])
def test_a_bare_spokesperson_after_a_quote_speaks_for_the_body_before(extract, opener, body) -> None:
    r = extract(f'{opener} "Every target was a military one," spokeswoman Ana Ruiz said.')
    assert ("Ana Ruiz", "HOLDS_POSITION", body) in r.triples


def test_a_bare_spokesperson_without_a_quote_gets_no_guessed_body(extract) -> None:
    r = extract("Chile denied the report. The report was false, spokeswoman Ana Ruiz said.")
    assert ("Ana Ruiz", "HOLDS_POSITION", "Chile") not in r.triples
