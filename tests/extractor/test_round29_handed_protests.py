"""Round 29: a protest handed to an envoy protests against the envoy's state, and the envoy never lodges it
(handed_protests.py)."""

_DATELINE = "COPENHAGEN, Oct 8 (Wire) - Drones were seen over two airports on Wednesday night. "


def test_envoy_handed_a_protest_is_not_the_protester(extract) -> None:
    r = extract(_DATELINE + "Russian ambassador Ivan Sokolov was handed a formal protest at the foreign ministry.")
    assert ("Denmark", "PROTESTS", "Russia") in r.triples
    assert ("Ivan Sokolov", "PROTESTS", "Denmark") not in r.triples


def test_unnamed_envoy_handed_a_note(extract) -> None:
    r = extract(_DATELINE + "The Chinese ambassador has been handed a note of protest.")
    assert ("Denmark", "PROTESTS", "China") in r.triples


def test_state_hands_the_envoy_a_protest(extract) -> None:
    r = extract(_DATELINE + "Denmark on Thursday handed Iranian ambassador Reza Tavakoli a strongly worded protest note.")
    assert ("Denmark", "PROTESTS", "Iran") in r.triples


def test_protest_handed_by_a_named_body(extract) -> None:
    r = extract(_DATELINE + "The Unity Party's leader, Karl Holm, was handed a note of protest by the Farmers' Union.")
    assert ("Farmers' Union", "PROTESTS", "Karl Holm") in r.triples


def test_envoy_handed_a_report_is_no_protest(extract) -> None:
    r = extract(_DATELINE + "The Russian ambassador was handed a copy of the report at the foreign ministry.")
    assert ("Denmark", "PROTESTS", "Russia") not in r.triples
