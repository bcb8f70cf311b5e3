"""Round 25: a sentence-opening phrase ending in a name and a comma ("Under a deal brokered by Qatar, A and B
agreed ...", "In Doha, A and B signed ...") names no party of the coordinated subject after it."""


def test_broker_in_an_opening_phrase_is_no_party(extract) -> None:
    r = extract("Under a deal brokered by Qatar, Rwanda and Kenya agreed to withdraw troops from the border.")
    assert ("Rwanda", "AGREES_WITH", "Kenya") in r.triples
    assert not any("Qatar" in (s, t) for s, rel, t in r.triples if rel == "AGREES_WITH")


def test_host_city_in_an_opening_phrase_is_no_party(extract) -> None:
    r = extract("In Doha, Sudan and Chad signed a ceasefire on Tuesday.")
    assert ("Sudan", "AGREES_WITH", "Chad") in r.triples
    assert ("Qatar", "AGREES_WITH", "Sudan") not in r.triples


def test_a_list_opening_the_sentence_is_one_subject(extract) -> None:
    r = extract("Qatar, Rwanda and Kenya agreed to set up a joint border commission.")
    assert ("Qatar", "AGREES_WITH", "Rwanda") in r.triples
