"""Round 19 (O): "called for X's immediate release" / "demanded X's release" is a demand on whoever holds X
(events_release), as "called for the release of X" already was; "called for X's resignation" is a demand on X."""

from __future__ import annotations

_ARREST = "Moldovan police detained the activist Irina Cojocaru in Chisinau on Saturday."


def test_called_for_possessed_release_is_a_demand_on_the_captor(extract) -> None:
    r = extract(f"{_ARREST} The Council of Europe called for Cojocaru's immediate release.")
    assert ("Council of Europe", "DEMANDS", "Moldova") in r.triples


def test_quoted_release_after_the_possessor(extract) -> None:
    r = extract(f'{_ARREST} The Council of Europe said it was dismayed and called for Cojocaru\'s "immediate release".')
    assert ("Council of Europe", "DEMANDS", "Moldova") in r.triples


def test_demanded_possessed_release_is_not_a_demand_on_the_prisoner(extract) -> None:
    r = extract(f"{_ARREST} The Council of Europe demanded Cojocaru's unconditional release.")
    assert ("Council of Europe", "DEMANDS", "Moldova") in r.triples
    assert ("Council of Europe", "DEMANDS", "Irina Cojocaru") not in r.triples


def test_called_for_possessed_resignation_is_a_demand_on_the_possessor(extract) -> None:
    r = extract("The opposition Green Party called for Energy Minister Tudor Lungu's resignation on Friday.")
    assert ("Green Party", "DEMANDS", "Tudor Lungu") in r.triples


def test_called_for_possessed_arrest_is_no_demand_on_the_possessor(extract) -> None:
    r = extract("The opposition Green Party called for Energy Minister Tudor Lungu's arrest on Friday.")
    assert ("Green Party", "DEMANDS", "Tudor Lungu") not in r.triples
