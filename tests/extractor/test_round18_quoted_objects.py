"""Round 18 (E): the objects of a verb inside a quotation that ends its clause stop at the closing mark; the
speaker named after it is not the act's target."""

from __future__ import annotations


def test_quoted_aid_not_to_the_speakers_body(extract) -> None:
    r = extract('"Chile keeps bankrolling armed proxies all over the region," a Finance Ministry official said.')
    assert not any(t[1] == "AIDS" for t in r.triples)


def test_quoted_sanctions_not_on_the_speaker(extract) -> None:
    r = extract('"Peruvian sanctions are a badge of honour for us," the movement\'s spokesman, Tomas Ruiz, wrote.')
    assert not any(t[1] == "SANCTIONS" for t in r.triples)


def test_quoted_attack_not_on_the_speaker(extract) -> None:
    r = extract('"Bolivia keeps shelling our towns every night," Peruvian defence minister Ana Paz said.')
    assert not any(t[1] == "ATTACKS" and t[2] == "Ana Paz" for t in r.triples)


def test_quoted_object_inside_the_quotation_kept(extract) -> None:
    r = extract('"Chile has attacked Bolivia twice this week," Peruvian envoy Ana Paz said.')
    assert ("Chile", "ATTACKS", "Bolivia") in r.triples


def test_scare_quoted_verb_keeps_its_object(extract) -> None:
    r = extract('Chile vowed to "punish" Bolivia for the raid.')
    assert ("Chile", "THREATENS", "Bolivia") in r.triples
