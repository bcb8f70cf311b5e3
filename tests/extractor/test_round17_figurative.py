"""Round 17: force verbs used figuratively. A force verb aimed at a stance ("attacked Guyana's decision", "hit back
at Suriname over its remarks", "a scathing attack on X's policy") is criticism, ACCUSES; "torpedoed / shot down X's
proposal" rejects it; "hit back with export curbs on X" is no attack. Before, each of these read as ATTACKS. "Struck
at X's forces", "hit back at X with drones" are now ATTACKS (before: nothing, the object after "at" was skipped)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Guyana attacked Suriname's decision to quit the customs union.", "Guyana", "Suriname"),
    ("Guyana attacked the Surinamese decision to quit the customs union.", "Guyana", "Suriname"),
    ("Guyana savaged Suriname's new fisheries law on Friday.", "Guyana", "Suriname"),
    ("Guyana struck back at Suriname's remarks about the border.", "Guyana", "Suriname"),
    ("Guyana fired back at Suriname over its comments on Venezuela.", "Guyana", "Suriname"),
    ("Guyana hit back at Suriname on Friday over remarks on Venezuela.", "Guyana", "Suriname"),
    ("Guyana attacked Suriname and Belize over their handling of the crisis.", "Guyana", "Belize"),
    ("Guyana launched a blistering attack on Suriname's president.", "Guyana", "Suriname"),
    ("Guyana launched an attack on Suriname's migration policy.", "Guyana", "Suriname"),
    ("Guyana delivered a broadside against Suriname's fisheries plan.", "Guyana", "Suriname"),
])
def test_force_verb_aimed_at_a_stance_is_criticism(extract, text, source, target) -> None:
    found = extract(text).triples
    assert (source, "ACCUSES", target) in found
    assert not any(t == "ATTACKS" for _, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Guyana hit out at Suriname over its comments on Venezuela.",
    "Guyana hit back at Suriname on Friday over remarks on Venezuela.",
])
def test_a_third_party_named_in_the_reason_is_not_attacked(extract, text) -> None:
    assert ("Guyana", "ATTACKS", "Venezuela") not in extract(text).triples


@pytest.mark.parametrize("text", [
    "Guyana torpedoed Suriname's proposal for a joint patrol.",
    "Guyana shot down Suriname's offer of talks on Friday.",
])
def test_a_torpedoed_proposal_is_rejected(extract, text) -> None:
    found = extract(text).triples
    assert ("Guyana", "REJECTS", "Suriname") in found
    assert ("Guyana", "ATTACKS", "Suriname") not in found


@pytest.mark.parametrize("text", [
    "Guyana hit back with export curbs on Suriname.",
    "Guyana struck back with export controls on Suriname.",
    "Guyana fired back with sanctions on Suriname.",
    "Guyana hit back with countermeasures against Suriname.",
])
def test_a_measure_hit_back_with_is_no_attack(extract, text) -> None:
    assert ("Guyana", "ATTACKS", "Suriname") not in extract(text).triples


@pytest.mark.parametrize("text", [
    "Guyana struck at Suriname's forces near the river.",
    "Guyana hit back at Suriname with drones on Friday.",
    "Guyana struck back at the Surinamese army with artillery.",
])
def test_struck_at_a_military_target_or_with_weapons_is_an_attack(extract, text) -> None:
    """ "struck at" / "hit back at" read as force only with a military object or a weapon (else nothing, or
    criticism of a stance); the literal uses the plain verbs cover ("attacked X's convoy") are the probes' control."""
    assert ("Guyana", "ATTACKS", "Suriname") in extract(text).triples


@pytest.mark.parametrize("text", [
    "Guyana came under attack from Surinamese rebels on Friday.",
    "The Guyanese government came under attack from the Suriname Liberation Front.",
])
def test_who_comes_under_attack_does_not_attack(extract, text) -> None:
    """The one under attack is its target, never its agent (the attacker may be critics: nothing is said)."""
    assert not any(s == "Guyana" and t == "ATTACKS" for s, t, _ in extract(text).triples)


@pytest.mark.parametrize("text", [
    "Guyana stormed out of talks with Suriname on Friday.",
    "Guyana shelled out $2 million to Suriname for the ferry.",
    "Guyana struck down Suriname's request for a hearing.",
    "Guyana fought Suriname in court over the fishing grounds.",
    "Guyana bombarded Suriname with letters about the border.",
    "Guyana ambushed Suriname with a surprise motion at the summit.",
    "Guyana launched a diplomatic offensive against Suriname.",
    "Guyana mounted a charm offensive against Suriname.",
])
def test_idioms_built_on_force_words_are_no_attack(extract, text) -> None:
    assert ("Guyana", "ATTACKS", "Suriname") not in extract(text).triples


@pytest.mark.parametrize("text", [
    "Guyanese artillery blasted Suriname's positions along the river.",
    "Guyanese drones slammed into Suriname's fuel depots overnight.",
    "Guyana tore into Suriname's border defences on Friday.",
    "Guyana hammered Suriname with rockets on Friday.",
])
def test_a_criticism_verb_used_for_force_is_an_attack(extract, text) -> None:
    found = extract(text).triples
    assert ("Guyana", "ATTACKS", "Suriname") in found
    assert ("Guyana", "ACCUSES", "Suriname") not in found


def test_a_verbal_assault_is_criticism(extract) -> None:
    found = extract("Guyana launched a verbal assault on Suriname's fisheries minister.").triples
    assert ("Guyana", "ACCUSES", "Suriname") in found and ("Guyana", "ATTACKS", "Suriname") not in found


def test_a_stance_before_its_verb_is_still_a_stance(extract) -> None:
    """ "X's attack on Y's trade policy drew criticism": the policy's noun is followed by the clause's verb."""
    found = extract("Guyana's attack on Suriname's fisheries policy drew criticism.").triples
    assert ("Guyana", "ACCUSES", "Suriname") in found and ("Guyana", "ATTACKS", "Suriname") not in found


@pytest.mark.parametrize("text, wrong", [
    ("Guyana hit back at Suriname's tariffs with duties on Surinamese rum.", "ACCUSES"),
    ("Guyana trained its guns on Suriname over the fishing dispute.", "COOPERATES_WITH"),
])
def test_measures_and_aim_are_neither_words_nor_cooperation(extract, text, wrong) -> None:
    assert ("Guyana", wrong, "Suriname") not in extract(text).triples


@pytest.mark.parametrize("text", [
    "Suriname came under fire from Guyana over its decision to close the ferry.",
    "Suriname drew criticism from Guyana.",
    "Suriname has come under growing criticism from Guyana.",
    "Suriname faced condemnation from Guyana over the arrests.",
])
def test_criticism_received_is_the_critic_accusing(extract, text) -> None:
    found = extract(text).triples
    assert ("Guyana", "ACCUSES", "Suriname") in found and ("Suriname", "ACCUSES", "Guyana") not in found


@pytest.mark.parametrize("text", [
    "Guyana attacked Suriname’s ‘reckless’ fisheries law on Friday.",
    'Guyana attacked Suriname\'s "reckless decision" on Friday.',
])
def test_a_quoted_stance_is_still_a_stance(extract, text) -> None:
    found = extract(text).triples
    assert ("Guyana", "ACCUSES", "Suriname") in found and ("Guyana", "ATTACKS", "Suriname") not in found
