"""Round 18 (D): a that-clause whose subject is a common noun no actor names ("arguing that the sector funds X")
gives its verb to no one; the actor before "that" is not its subject."""

from __future__ import annotations


def test_sector_subject_is_no_actor(extract) -> None:
    r = extract("Ecuador has widened its raids on Colombian ports, arguing that the fishing industry finances "
                "Bogota's navy.")
    assert ("Ecuador", "AIDS", "Colombia") not in r.triples


def test_unnamed_fighters_subject(extract) -> None:
    r = extract("Ecuador said that the armed men attacked Colombia.")
    assert ("Ecuador", "ATTACKS", "Colombia") not in r.triples


def test_resolved_government_subject_still_acts(extract) -> None:
    r = extract("Ecuador said that the government funds Colombia.")
    assert ("Ecuador", "AIDS", "Colombia") in r.triples


def test_because_clause_subject(extract) -> None:
    r = extract("Ecuador defended the raids, saying they were lawful because the fishing fleet supplies Colombia's army.")
    assert ("Ecuador", "AIDS", "Colombia") not in r.triples
