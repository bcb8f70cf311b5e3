"""Round 17 (lead): a participial accusation after a reported clause whose subject is the speaker itself ("Niger said
it was quitting the bloc, accusing it of ...") is the speaker's, for a list of speakers too; its status is its own."""

from __future__ import annotations


def test_speaker_goes_on_after_own_reported_clause(extract) -> None:
    r = extract("The Sahel Union met in Bamako. Chad said it was quitting the union, accusing it of serving Belgium.")
    assert ("Chad", "ACCUSES", "Sahel Union") in r.triples


def test_list_of_speakers(extract) -> None:
    r = extract("The Sahel Union met in Bamako. Chad, Togo and Benin announced that they were quitting the union, "
                "accusing it of serving Belgium.")
    assert {("Chad", "ACCUSES", "Sahel Union"), ("Togo", "ACCUSES", "Sahel Union"),
            ("Benin", "ACCUSES", "Sahel Union")} <= r.triples


def test_participle_status_is_its_own(extract) -> None:
    r = extract("The Sahel Union met in Bamako. Chad announced it would quit the Sahel Union, accusing the union of "
                "serving Belgium.")
    assert r.rel("Chad", "ACCUSES", "Sahel Union").status.value == "asserted"


def test_citing_aside_keeps_the_speaker(extract) -> None:
    r = extract("The Lake Herald, citing intelligence sources, said Niger had armed the Coastal Front.")
    assert r.name_of(r.rel("Niger", "AIDS", "Coastal Front").attributed_to) == "Lake Herald"
    assert ("Lake Herald", "ACCUSES", "Niger") in r.triples


def test_reported_violation_is_an_accusation(extract) -> None:
    r = extract("Benin said Togo had violated the ceasefire, a charge Togo denied.")
    assert ("Benin", "ACCUSES", "Togo") in r.triples
    assert ("Togo", "DENIES", "Benin") in r.triples
