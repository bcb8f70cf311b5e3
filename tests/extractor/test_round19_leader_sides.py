"""Round 19: "both sides" after a leader's charge against a state ("The council's chairman, X, accused Accra of
...") are that leader's body and the state: a leader's act is their side's in the story's dispute
(pair_sides._main_pair); an official who only holds a post, or an act done to a leader, sets no side."""

_STORY = ("Ghana halted budget transfers to the Volta Regional Council on Monday. {second} Togo, which buys the "
          "region's cocoa, said it was worried about the dispute and Togo's trade minister visited Accra. The European "
          "Union urged both sides to resume talks.")


def test_leaders_charge_makes_their_body_a_side(extract) -> None:
    r = extract(_STORY.format(second="The council's chairman, Kofi Mensah Adu, accused Accra of starving the region."))
    assert ("European Union", "DEMANDS", "Volta Regional Council") in r.triples
    assert ("European Union", "DEMANDS", "Ghana") in r.triples
    assert ("European Union", "DEMANDS", "Togo") not in r.triples


def test_minister_holding_a_post_is_not_mapped(extract) -> None:
    r = extract(_STORY.format(second="Ghana's foreign minister, Ama Owusu, accused Togo of smuggling arms to the council."))
    assert ("European Union", "DEMANDS", "Volta Regional Council") not in r.triples
