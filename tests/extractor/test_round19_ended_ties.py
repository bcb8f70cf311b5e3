"""Round 19: wordings that name a tie or a visit they do not assert — a standing tie said to stop ("has stopped
cooperating with X", "ended its cooperation with X", "withdrew its support for X": negated, as "no longer" is), help
given to hunt someone ("shared data that helped locate X": no aid to X) and a population or garrison hosted
("hosts 300,000 refugees", "hosts U.S. troops": no meeting)."""

from actorgraph.graph.registry import RelationStatus


def test_stopped_cooperating_is_negated(extract) -> None:
    r = extract("Paraguay has stopped cooperating with Uruguay on border checks, two officials said.")
    assert r.rel("Paraguay", "COOPERATES_WITH", "Uruguay").status == RelationStatus.NEGATED


def test_ended_its_cooperation_is_negated(extract) -> None:
    r = extract("Paraguay ended its security cooperation with Uruguay in April.")
    assert r.rel("Paraguay", "COOPERATES_WITH", "Uruguay").status == RelationStatus.NEGATED


def test_withdrew_its_support_is_negated(extract) -> None:
    r = extract("Paraguay withdrew its support for Diego Ferraz after the vote.")
    assert r.rel("Paraguay", "SUPPORTS", "Diego Ferraz").status == RelationStatus.NEGATED


def test_plain_cooperation_stays_asserted(extract) -> None:
    r = extract("After the talks ended, Paraguay cooperated with Uruguay on border checks.")
    assert r.rel("Paraguay", "COOPERATES_WITH", "Uruguay").status == RelationStatus.ASSERTED


def test_help_to_locate_someone_is_no_aid_to_him(extract) -> None:
    r = extract("Paraguay's police shared records that helped locate Diego Ferraz in March.")
    assert ("Paraguay", "AIDS", "Diego Ferraz") not in r.triples
    r = extract("Uruguay helped track down Diego Ferraz.")
    assert ("Uruguay", "AIDS", "Diego Ferraz") not in r.triples


def test_help_to_a_party_is_still_aid(extract) -> None:
    r = extract("Uruguay helped Paraguay rebuild its power grid.")
    assert ("Uruguay", "AIDS", "Paraguay") in r.triples


def test_hosting_refugees_or_troops_is_no_meeting(extract) -> None:
    r = extract("Uruguay hosts more than 80,000 Paraguayan refugees.")
    assert not [t for t in r.triples if t[1] == "MEETS_WITH"]
    r = extract("Uruguay hosts Paraguayan troops near the border.")
    assert ("Uruguay", "MEETS_WITH", "Paraguay") not in r.triples


def test_hosting_a_minister_is_still_a_meeting(extract) -> None:
    r = extract("Uruguay hosted Paraguayan Foreign Minister Ana Ferraz on Monday.")
    assert ("Uruguay", "MEETS_WITH", "Ana Ferraz") in r.triples


def test_a_denied_reversal_keeps_the_designation(extract) -> None:
    r = extract("Paraguay said it would not reconsider its designation of the Delta Front as a terrorist group.")
    assert r.rel("Paraguay", "DESIGNATES", "Delta Front").status == RelationStatus.ASSERTED


def test_refusing_to_drop_support_keeps_it(extract) -> None:
    r = extract("Paraguay refused to drop its support for Diego Ferraz.")
    assert r.rel("Paraguay", "SUPPORTS", "Diego Ferraz").status == RelationStatus.ASSERTED


def test_a_plain_negation_stays_negated(extract) -> None:
    r = extract("Paraguay did not impose its sanctions on Uruguay.")
    assert r.rel("Paraguay", "SANCTIONS", "Uruguay").status == RelationStatus.NEGATED
