"""Round 18, force on a state's sites: a demonym before a site noun after a word of force ("pounded Chilean energy
facilities"), a site struck "in X" (the site is X's), a second counted weapon fired at X, and a strike someone
discouraged or prevented (not the speaker's own). What must stay: sites outside force, the subject's own sites."""

from __future__ import annotations


def test_a_demonym_site_after_a_force_verb_is_the_state(extract) -> None:
    r = extract("Bolivia shelled Paraguayan power plants near the river on Sunday.")
    assert ("Bolivia", "ATTACKS", "Paraguay") in r.triples


def test_a_demonym_site_in_a_headline_shape_is_the_state(extract) -> None:
    r = extract("Ecuadorian drones hit Colombian fuel depot")
    assert ("Ecuador", "ATTACKS", "Colombia") in r.triples


def test_a_noun_attack_on_a_demonyms_infrastructure_is_on_the_state(extract) -> None:
    r = extract("Armenia has intensified rocket attacks on Azerbaijani gas infrastructure this year.")
    assert ("Armenia", "ATTACKS", "Azerbaijan") in r.triples


def test_a_demonym_site_outside_force_makes_no_actor(extract) -> None:
    r = extract("Output at Paraguayan refineries fell by a tenth in October.")
    assert "Paraguay" not in r.kinds


def test_a_site_struck_in_a_country_is_that_countrys(extract) -> None:
    r = extract("Ecuadorian drones struck a gas plant in Colombia's Narino province overnight.")
    assert ("Ecuador", "ATTACKS", "Colombia") in r.triples
    r = extract("Bolivia bombed two fuel depots inside Paraguay on Tuesday.")
    assert ("Bolivia", "ATTACKS", "Paraguay") in r.triples


def test_the_subjects_own_site_in_a_country_is_no_attack_on_it(extract) -> None:
    r = extract("Bolivia struck its own depot in Paraguay by mistake.")
    assert ("Bolivia", "ATTACKS", "Paraguay") not in r.triples


def test_a_body_named_before_the_place_keeps_the_attack(extract) -> None:
    r = extract("Bolivia struck Green Dawn bases in Paraguay.")
    assert ("Bolivia", "ATTACKS", "Green Dawn") in r.triples
    assert ("Bolivia", "ATTACKS", "Paraguay") not in r.triples


def test_two_counted_weapons_fired_at_a_state(extract) -> None:
    r = extract("Armenia fired 30 rockets and more than 200 drones at Azerbaijan overnight.")
    assert ("Armenia", "ATTACKS", "Azerbaijan") in r.triples


def test_discouraging_strikes_on_a_state_is_no_attack(extract) -> None:
    r = extract("Brazil has long discouraged strikes on Paraguayan oil facilities.")
    assert ("Brazil", "ATTACKS", "Paraguay") not in r.triples
    r = extract("Brazil moved to prevent attacks on Paraguay.")
    assert ("Brazil", "ATTACKS", "Paraguay") not in r.triples


def test_a_raid_on_a_demonyms_site_is_left_alone(extract) -> None:
    r = extract("Bolivian police have widened their raids on Paraguayan fuel depots in the border towns.")
    assert ("Bolivia", "ATTACKS", "Paraguay") not in r.triples
