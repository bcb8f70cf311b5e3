"""Round 21: backing told by its material means ("supports X through a loan programme", "supporting the rebels with
troops and weapons", "propped up X with cheap credit") is aid to X, not only political support; backing with a
statement or a vote stays support."""


def test_supports_through_a_loan_programme(extract) -> None:
    r = extract("The World Bank, which supports Peru through a $400 million loan programme, praised the reform.")
    assert ("World Bank", "AIDS", "Peru") in r.triples
    assert ("World Bank", "SUPPORTS", "Peru") not in r.triples


def test_accused_of_backing_with_weapons(extract) -> None:
    r = extract("Bolivia accused Chile of backing the Andean Liberation Front with weapons and cash.")
    assert ("Chile", "AIDS", "Andean Liberation Front") in r.triples


def test_propped_up_with_credit(extract) -> None:
    r = extract("Norway has propped up Peru with cheap credit since 2019.")
    assert ("Norway", "AIDS", "Peru") in r.triples


def test_backed_with_a_vote_is_support(extract) -> None:
    r = extract("Norway backed Peru with its vote at the United Nations.")
    assert ("Norway", "SUPPORTS", "Peru") in r.triples
    assert ("Norway", "AIDS", "Peru") not in r.triples
