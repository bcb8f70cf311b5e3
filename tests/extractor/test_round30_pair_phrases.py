"""Round 30: "both of its neighbours", "the warring parties", "urged the parties to ...": the two sides called on."""

from actorgraph.loaders.extractor.pair_phrases import pair_phrase_end

_DISPUTE = "Ghana accused Togo of detaining three Ghanaian soldiers near the border. Togo denied the charge. "
_WAR = "Sudan's army and the Rapid Support Forces fought near Khartoum on Monday. "


def test_wordings_of_both_sides() -> None:
    for phrase, end in (("both of its neighbours to", 4), ("both their governments to", 3),
                        ("the warring parties to", 3), ("the two rival factions to", 4)):
        assert pair_phrase_end(phrase.split(), 0) == end, phrase
    assert pair_phrase_end("urged the parties to".split(), 1) == 3
    assert pair_phrase_end("said the parties would".split(), 1) is None  # no call: maybe a parliament's
    assert pair_phrase_end("both of its ports".split(), 0) is None


def test_both_of_its_neighbours_called_on(extract) -> None:
    r = extract(_DISPUTE + "Nigeria urged both of its neighbours to settle the dispute through dialogue.")
    assert {("Nigeria", "DEMANDS", "Ghana"), ("Nigeria", "DEMANDS", "Togo")} <= r.triples


def test_warring_parties_called_on(extract) -> None:
    r = extract(_WAR + "Egypt called on the warring parties to agree a truce.")
    assert {("Egypt", "DEMANDS", "Sudan"), ("Egypt", "DEMANDS", "Rapid Support Forces")} <= r.triples


def test_the_parties_as_the_object_of_a_call(extract) -> None:
    r = extract(_WAR + "Norway urged the parties to protect civilians.")
    assert {("Norway", "DEMANDS", "Sudan"), ("Norway", "DEMANDS", "Rapid Support Forces")} <= r.triples
    r = extract(_WAR + "Norway said the parties would meet in Oslo next week.")
    assert not any(t[0] == "Norway" and t[1] == "DEMANDS" for t in r.triples)
