"""Round 16, quoted statements: the speaker named after a quotation is the agent of its "we"/"I", the quotation's
own words set the status, and a quotation split by its attribution keeps its own subject."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus


def test_we_in_a_quotation_is_the_speaker_named_after_it(extract) -> None:
    r = extract('"We will never sign a truce with Latvia," Estonia\'s defence minister, Rein Kask, said on Friday.')
    rel = r.rel("Rein Kask", "AGREES_WITH", "Latvia")
    assert rel.status == RelationStatus.NEGATED


def test_i_in_a_curly_quotation_is_the_speaker_after_said(extract) -> None:
    r = extract("\u201cI would meet Marta Vilks tomorrow,\u201d said Lithuanian President Jonas Petras.")
    rel = r.rel("Jonas Petras", "MEETS_WITH", "Marta Vilks")
    assert rel.status == RelationStatus.HYPOTHETICAL


def test_we_before_told_reporters(extract) -> None:
    r = extract('"We have imposed sanctions on Belarus," Oskar Lind told reporters in Riga.')
    assert ("Oskar Lind", "SANCTIONS", "Belarus") in r.triples


def test_a_split_quotation_keeps_its_subject_not_the_speaker(extract) -> None:
    r = extract('"Belarus," Oskar Lind said, "has shelled Latvia twice this month."')
    assert ("Belarus", "ATTACKS", "Latvia") in r.triples
    assert ("Oskar Lind", "ATTACKS", "Latvia") not in r.triples
