"""Round 21: an accord named by its noun alone with "between A and B" ("the truce between A and B held", "brokered a
peace deal between A and B") is an agreement of A and B, both ways; one only wished for or under talks is not made."""

from actorgraph.graph.registry import RelationStatus


def test_the_truce_between_two_states(extract) -> None:
    r = extract("Fresh shelling was reported on Sunday, a week after the truce between Peru and Ecuador took effect.")
    assert ("Peru", "AGREES_WITH", "Ecuador") in r.triples
    assert ("Ecuador", "AGREES_WITH", "Peru") in r.triples


def test_a_dated_treaty_between(extract) -> None:
    r = extract("Lawyers said the 1998 border treaty between Bolivia and Paraguay left the river islands undivided.")
    assert ("Bolivia", "AGREES_WITH", "Paraguay") in r.triples


def test_a_brokered_deal_between(extract) -> None:
    r = extract("Norway brokered a prisoner exchange deal between Colombia and Venezuela last spring.")
    assert ("Colombia", "AGREES_WITH", "Venezuela") in r.triples
    assert ("Norway", "AGREES_WITH", "Colombia") not in r.triples


def test_a_deal_only_backed_is_no_agreement(extract) -> None:
    r = extract("The opposition party backed a direct trade agreement between Uruguay and Japan.")
    assert ("Uruguay", "AGREES_WITH", "Japan") not in r.triples
    assert ("Japan", "AGREES_WITH", "Uruguay") not in r.triples


def test_talks_on_the_truce_are_no_truce_yet(extract) -> None:
    r = extract("Talks on the truce between Peru and Ecuador stalled in Lima on Friday.")
    assert r.rel("Peru", "AGREES_WITH", "Ecuador").status == RelationStatus.HYPOTHETICAL


def test_a_deal_wanted_is_hypothetical(extract) -> None:
    r = extract("Paraguay wants a new energy deal with Argentina before the winter.")
    assert r.rel("Paraguay", "AGREES_WITH", "Argentina").status == RelationStatus.HYPOTHETICAL
