"""Round 19: "imposed sanctions on X ... X dismissed the designations", "designated X ... Y condemned the
sanctions": a listing and the sanctions it brings are one act, so the answer finds its author either way
(discourse._candidates, patterns.EVENT_TWINS)."""


def test_designations_dismissed_after_sanctions(extract) -> None:
    r = extract("Canada on Friday imposed sanctions on two commanders of the Cauca Front, a Colombian armed group. "
                "The Cauca Front dismissed the designations.")
    assert ("Cauca Front", "REJECTS", "Canada") in r.triples


def test_sanctions_condemned_after_a_designation(extract) -> None:
    r = extract("Canada on Friday designated the Cauca Front a terrorist organisation. Venezuela condemned the sanctions.")
    assert ("Venezuela", "ACCUSES", "Canada") in r.triples


def test_arrests_are_no_twin_of_sanctions(extract) -> None:
    r = extract("Canada on Friday imposed sanctions on two commanders of the Cauca Front. The Cauca Front condemned "
                "the arrests.")
    assert ("Cauca Front", "ACCUSES", "Canada") not in r.triples
