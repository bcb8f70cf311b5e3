"""Round 7, cooperation and structural ties: constructions that recur across corpora written by different
people (each test sentence is our own)."""

from __future__ import annotations


def test_a_judge_holds_a_post_in_the_court_named_after_the_name(extract) -> None:
    r = extract("Judge Oskar Lind of the Coastal District Court found the two smugglers guilty on Friday.")
    assert ("Oskar Lind", "HOLDS_POSITION", "Coastal District Court") in r.triples
    r = extract("Magistrate Tomas Ek of the Harbour District Court refused bail for the three men.")
    assert ("Tomas Ek", "HOLDS_POSITION", "Harbour District Court") in r.triples


def test_a_judge_holds_a_post_in_the_court_the_article_named_before(extract) -> None:
    r = extract("The Northern Appeals Court opened the fraud hearing on Monday. Defence lawyers asked for a delay, "
                "but Justice Maren Holt ordered the trial to go ahead.")
    assert ("Maren Holt", "HOLDS_POSITION", "Northern Appeals Court") in r.triples


def test_a_judge_without_a_court_sits_in_the_state_the_sentence_opens_in(extract) -> None:
    r = extract("Ecuador began flying the detainees out on Friday. In Ottawa, federal judge Clara Voss halted "
                "the transfers pending a hearing.")
    assert ("Clara Voss", "HOLDS_POSITION", "Canada") in r.triples


def test_a_judge_with_no_court_and_no_place_gets_no_post(extract) -> None:
    r = extract("Judge Oskar Lind said the ministry had erred.")
    assert not [t for t in r.triples if t[0] == "Oskar Lind" and t[1] in ("HOLDS_POSITION", "LEADS")]


def test_a_possessed_post_names_the_body_the_possessive_stands_for(extract) -> None:
    r = extract("The Amber Coast Union met in Tallinn on Friday. Its commission chairperson, Lise Varga, said "
                "members would vote.")
    assert ("Lise Varga", "LEADS", "Amber Coast Union") in r.triples
    r = extract("The Kestrel Rowing Club lost its licence on Monday. The club's chairman, Ivo Marek, said it "
                "would appeal.")
    assert ("Ivo Marek", "LEADS", "Kestrel Rowing Club") in r.triples
    r = extract("The Harbour Integrity Bureau opened an inquiry into the port. Two customs officers were "
                "questioned, bureau spokesperson Tomas Ruud said.")
    assert ("Tomas Ruud", "HOLDS_POSITION", "Harbour Integrity Bureau") in r.triples


def test_a_place_inside_a_possessed_post_is_where_it_is_held_not_whose_it_is(extract) -> None:
    r = extract("The Orchard Relief Fund has worked in the valley since 2010. Its Nairobi coordinator, Mira Toth, "
                "said supplies were short.")
    assert ("Mira Toth", "HOLDS_POSITION", "Orchard Relief Fund") in r.triples
    assert ("Mira Toth", "HOLDS_POSITION", "Kenya") not in r.triples
    r = extract("Kenyan coordinator Mira Toth said supplies were short.")  # no possessive: the state's post
    assert ("Mira Toth", "HOLDS_POSITION", "Kenya") in r.triples


def test_a_head_of_a_part_of_a_body_holds_a_post_in_it_without_leading_it(extract) -> None:
    r = extract("The World Lending Fund approved a loan for Moldova. Its mission chief, Anne Vos, said "
                "disbursements would start soon.")
    assert ("Anne Vos", "HOLDS_POSITION", "World Lending Fund") in r.triples
    assert ("Anne Vos", "LEADS", "World Lending Fund") not in r.triples
    r = extract("Lindgren Mining is the largest employer in the province. Its chairman, Olof Berg, said output "
                "would rise.")
    assert ("Olof Berg", "LEADS", "Lindgren Mining") in r.triples


_EXPULSION = ("Chile expelled two Peruvian diplomats on Monday, accusing them of spying. Chile's interior ministry "
              "said the men had photographed naval bases in Chile. ")
_TRAWLERS = ("Norway banned Swedish trawlers from its waters on Monday. Norway said the boats had ignored quotas, "
             "and Norway's coast guard seized two of them. ")


def test_a_bare_title_belongs_to_the_state_its_holder_says_will_act(extract) -> None:
    r = extract(_EXPULSION + "Foreign Minister Rosa Quispe called the expulsions a provocation and said Lima "
                "reserved the right to respond in kind.")
    assert ("Rosa Quispe", "HOLDS_POSITION", "Peru") in r.triples
    assert ("Rosa Quispe", "HOLDS_POSITION", "Chile") not in r.triples


def test_a_bare_title_is_not_of_the_state_its_holder_turns_against(extract) -> None:
    r = extract(_TRAWLERS + "Sweden called the ban illegal. Prime Minister Lars Dahl rejected the Norwegian demands "
                "on Thursday.")
    assert ("Lars Dahl", "LEADS", "Sweden") in r.triples
    assert ("Lars Dahl", "LEADS", "Norway") not in r.triples


def test_a_bare_title_is_not_of_the_state_of_a_visitor_beside_its_holder(extract) -> None:
    r = extract("The United States will station military trainers in Ghana, the United States said. Washington said "
                "the deal would help Ghana fight piracy, and the United States will pay for new patrol boats. On "
                "Monday, President Kofi Addo and visiting US Deputy Secretary of Defense Mark Hale signed the "
                "memorandum.")
    assert ("Kofi Addo", "LEADS", "Ghana") in r.triples
    assert ("Kofi Addo", "LEADS", "United States") not in r.triples


def test_a_bare_title_with_nothing_said_against_it_stays_with_the_articles_state(extract) -> None:
    r = extract(_TRAWLERS + "Foreign Minister Ola Berg said the ban would stay.")
    assert ("Ola Berg", "HOLDS_POSITION", "Norway") in r.triples
