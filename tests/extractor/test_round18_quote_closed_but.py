"""Round 18 (D): after the quotation that closed a reported clause, "but (also)" opens the speaker's next verb
('X said Y "will not back down", but also urged Z to talk': X urged, and the reported modal is not its status); a
quotation opened after "but was" still continues the reported clause's subject, which an objectless infinitive ("Y's right
to defend itself") does not change."""

from __future__ import annotations


def test_speaker_urges_after_closed_quote(extract) -> None:
    r = extract('Ecuadorian President Lucia Vera said Ecuador "will never give in", but also urged Colombian '
                'farmers to stay calm.')
    rel = r.rel("Lucia Vera", "DEMANDS", "Colombian farmers")
    assert rel.status.value == "asserted"
    assert ("Ecuador", "DEMANDS", "Colombian farmers") not in r.triples


def test_speaker_accuses_after_closed_quote(extract) -> None:
    r = extract('Lucia Vera told reporters that Ecuador "has done nothing wrong" but accused Colombia of lying.')
    assert ("Lucia Vera", "ACCUSES", "Colombia") in r.triples


def test_quoted_predicate_after_but_was(extract) -> None:
    r = extract('A Colombian official said Bogota "backs Peru\'s position" but was "in close contact with the '
                'Ecuadorian government".')
    assert ("Colombia", "MEETS_WITH", "Ecuador") in r.triples
    assert ("Peru", "MEETS_WITH", "Ecuador") not in r.triples


def test_infinitive_without_object_sets_no_subject(extract) -> None:
    r = extract('A Colombian official said Bogota "backs Peru\'s right to defend itself" but was "in close contact '
                'with the Ecuadorian government".')
    assert ("Colombia", "MEETS_WITH", "Ecuador") in r.triples
    assert ("Peru", "MEETS_WITH", "Ecuador") not in r.triples

