"""Round 31, parties not named in their sentence: "both groups" / "the two factions" as the two bodies just listed
(listed_bodies), and a pair called on that passes over a one-sided list of two states (listed_countries)."""

from __future__ import annotations

_LISTED = "The European Union listed the Red Dawn Front and the Southern Liberation Army on Tuesday. "


def test_both_groups_are_the_two_bodies_just_listed(extract) -> None:
    r = extract(_LISTED + "Chile funded both groups for years.")
    assert ("Chile", "AIDS", "Red Dawn Front") in r.triples
    assert ("Chile", "AIDS", "Southern Liberation Army") in r.triples


def test_the_list_may_lie_several_sentences_back(extract) -> None:
    r = extract(_LISTED + "The measures come a month after the attack on a power station. Officials in Lima "
                "declined to comment. The United Nations is investigating both factions.")
    assert ("United Nations", "INVESTIGATES", "Red Dawn Front") in r.triples
    assert ("United Nations", "INVESTIGATES", "Southern Liberation Army") in r.triples


def test_the_list_in_the_pairs_own_sentence(extract) -> None:
    r = extract("Peru charged the Red Dawn Front and the Southern Liberation Army with terrorism, and Brazil urged "
                "the two groups to lay down their arms.")
    assert ("Brazil", "DEMANDS", "Red Dawn Front") in r.triples
    assert ("Brazil", "DEMANDS", "Southern Liberation Army") in r.triples


def test_a_list_of_three_is_no_pair(extract) -> None:
    r = extract("Peru charged the Red Dawn Front, the Southern Liberation Army and the Andean People's Army with "
                "terrorism. Canada sanctioned both militias on Wednesday.")
    assert not {t for t in r.triples if t[0] == "Canada" and t[1] == "SANCTIONS"}


def test_no_list_leaves_the_pair_unresolved(extract) -> None:
    r = extract("Peru charged the Red Dawn Front with terrorism on Monday. Argentina accused both armed groups of "
                "recruiting children.")
    assert ("Argentina", "ACCUSES", "Red Dawn Front") not in r.triples


def test_an_addressed_pair_passes_over_a_list_that_took_one_side(extract) -> None:
    """ "Bolivia and Ecuador expressed solidarity with Lima ... urged both governments": Peru and Chile, the two
    sides of the dispute, not the two allies of one of them."""
    r = extract("Peru detained three Chilean soldiers near the border on Monday and accused Chile of spying. Chile "
                "denied the charge and demanded their release. Bolivia and Ecuador expressed solidarity with Lima "
                "in a joint statement. Brazil urged both governments to show restraint.")
    assert ("Brazil", "DEMANDS", "Peru") in r.triples
    assert ("Brazil", "DEMANDS", "Chile") in r.triples
    assert ("Brazil", "DEMANDS", "Bolivia") not in r.triples
    assert ("Brazil", "DEMANDS", "Ecuador") not in r.triples


def test_a_list_of_the_two_sides_themselves_is_still_the_pair(extract) -> None:
    r = extract("Bolivia and Ecuador traded accusations over the border on Monday. Argentina said it was ready to "
                "mediate between the two capitals.")
    assert ("Argentina", "OFFERS", "Bolivia") in r.triples
    assert ("Argentina", "OFFERS", "Ecuador") in r.triples


def test_an_unaddressed_pair_keeps_the_list_that_acted_towards_a_third_state(extract) -> None:
    """only a pair called on or mediated between is two sides: "Both countries signed ... with Apia" is the list"""
    r = extract("Samoa charged its former army chief with sedition on Monday. Japan and South Korea expressed "
                "concern to Apia. Both countries signed aid agreements with Samoa last year.")
    assert ("Japan", "AGREES_WITH", "Samoa") in r.triples
    assert ("South Korea", "AGREES_WITH", "Samoa") in r.triples


def test_an_object_pronoun_after_a_subject_apposed_to_its_post(extract) -> None:
    """ "Peru's attorney general, X, later charged him": X opens the clause, "him" is the man named before"""
    r = extract("Tomás Ibarra was arrested at the airport in December. Peru's attorney general, Lucía Campos, later "
                "charged him with treason.")
    assert ("Lucía Campos", "INVESTIGATES", "Tomás Ibarra") in r.triples


def test_an_object_pronoun_after_an_opening_adverbial_and_a_title(extract) -> None:
    r = extract("Police detained the activist Tomás Ibarra in December. On Friday, Attorney General Lucía Campos "
                "accused him of spying for a foreign power.")
    assert ("Lucía Campos", "ACCUSES", "Tomás Ibarra") in r.triples


def test_an_object_pronoun_with_no_one_named_before_stays_unresolved(extract) -> None:
    r = extract("Peru's attorney general, Lucía Campos, later charged him with treason.")
    assert not {t for t in r.triples if t[1] == "INVESTIGATES"}


def test_a_ship_noun_inside_a_sentence_is_the_one_ship_named(extract) -> None:
    """ "Peru's navy boarded the ship": the one ship the story has named (before, only an opening "The ship" was)"""
    r = extract("The tanker Silver Gull was seen near the cable on Monday. Peru's navy boarded the ship that night.")
    assert ("Peru", "COERCES", "Silver Gull") in r.triples
    r = extract("The tanker Silver Gull was seen near the cable on Monday. Ecuador accused the vessel of damaging "
                "the cable.")
    assert ("Ecuador", "ACCUSES", "Silver Gull") in r.triples


def test_a_ship_noun_with_two_ships_named_is_neither(extract) -> None:
    r = extract("The tanker Silver Gull and the cargo ship Polar Dawn were seen near the cable. Chile seized the "
                "ship on Tuesday.")
    assert ("Chile", "COERCES", "Silver Gull") not in r.triples
    assert ("Chile", "COERCES", "Polar Dawn") not in r.triples


def test_a_ship_noun_before_a_name_is_no_anaphor(extract) -> None:
    """ "the tanker Polar Dawn" names a second ship; "the ship's captain" is crew_posts' (a possessor)"""
    r = extract("The tanker Silver Gull was seen near the cable on Monday. Chile seized the tanker Polar Dawn on "
                "Tuesday.")
    assert ("Chile", "COERCES", "Polar Dawn") in r.triples
    assert ("Chile", "COERCES", "Silver Gull") not in r.triples
