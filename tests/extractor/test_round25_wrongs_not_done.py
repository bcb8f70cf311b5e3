"""Round 25: a wrong said not to have been done ('"was at no point mistreated"', "had never armed anyone") is no
charge (reported._imputes); a wrong said done still is."""


def test_wrong_not_done(extract) -> None:
    r = extract('Peru said on Monday that Chile had received fair treatment and "was at no point mistreated".')
    assert ("Peru", "ACCUSES", "Chile") not in r.triples
    r = extract("Peru said on Monday that Chile had never armed anyone.")
    assert ("Peru", "ACCUSES", "Chile") not in r.triples


def test_wrong_done(extract) -> None:
    r = extract("Peru said on Monday that Chile had armed the rebels.")
    assert ("Peru", "ACCUSES", "Chile") in r.triples
