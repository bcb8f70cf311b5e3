"""Round 26: suing and filing a lawsuit or complaint against someone PROTESTS them (the dev gold's reading of a
party's case in court); legal action by a state stays INVESTIGATES."""


def test_sue_protests(extract) -> None:
    r = extract("SANTIAGO, May 3 - The Northern Liberation Front said it would sue the Chilean government.")
    assert ("Northern Liberation Front", "PROTESTS", "Chile") in r.triples
    assert ("Northern Liberation Front", "INVESTIGATES", "Chile") not in r.triples


def test_lawsuit_against_protests(extract) -> None:
    r = extract("KINSHASA, May 3 - The Democratic Republic of Congo filed a civil lawsuit against Apple Inc. in "
                "Belgium on Tuesday.")
    assert ("Democratic Republic of the Congo", "PROTESTS", "Apple Inc") in r.triples
    r = extract("KYIV, May 3 - Ukraine filed complaints against Hungary and Poland at the World Trade Organization.")
    assert {("Ukraine", "PROTESTS", "Hungary"), ("Ukraine", "PROTESTS", "Poland")} <= set(r.triples)


def test_legal_action_still_investigates(extract) -> None:
    r = extract("SANTIAGO, May 3 - Chile launched legal action against Peru on Monday.")
    assert ("Chile", "INVESTIGATES", "Peru") in r.triples
