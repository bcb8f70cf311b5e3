"""Round 25: where a report was made, between its verb and "that" ("said in a statement that", "alleged during the
campaign that") no longer hides the charge (reported._SAID_WHERE); a wrong said not to have been done is none
(reported._imputes)."""


def test_statement_and_campaign(extract) -> None:
    r = extract("Peru said in a statement that Chile had armed the rebels.")
    assert ("Peru", "ACCUSES", "Chile") in r.triples
    r = extract("Peru alleged during the campaign that Chile had bribed election officials.")
    assert ("Peru", "ACCUSES", "Chile") in r.triples
    r = extract("Peru said in an interview with state television that Chile was smuggling weapons across the border.")
    assert ("Peru", "ACCUSES", "Chile") in r.triples


def test_wrong_not_done(extract) -> None:
    r = extract('Peru said in a statement that Chile had received fair treatment and "was at no point mistreated".')
    assert ("Peru", "ACCUSES", "Chile") not in r.triples
    r = extract("Peru said on Monday that Chile had never armed anyone.")
    assert ("Peru", "ACCUSES", "Chile") not in r.triples
