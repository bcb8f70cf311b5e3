"""Round 19: a state's backing told in an apposition -- "the Northern Front, a Bolivia-backed rebel group," --
is the state's support of the body the apposition describes (as "the Bolivia-backed Northern Front" already is)."""


def test_backed_apposition_after_a_body(extract) -> None:
    r = extract("The Lowland Front, a Bolivia-backed rebel group, said it had taken the town.")
    assert ("Bolivia", "SUPPORTS", "Lowland Front") in r.triples


def test_backed_apposition_with_of_phrase(extract) -> None:
    r = extract("Union of the North, the main Moscow-backed party of ethnic Russians, called a rally on Monday.")
    assert ("Russia", "SUPPORTS", "Union of the North") in r.triples


def test_backed_apposition_after_a_person(extract) -> None:
    r = extract("Pavel Orlin, the Kremlin-backed governor of the region, said the rally was illegal.")
    assert ("Russia", "SUPPORTS", "Pavel Orlin") in r.triples


def test_list_is_no_apposition(extract) -> None:
    r = extract("Chile sanctioned the Lowland Front, the Bolivia-backed militias and two trading firms.")
    assert ("Bolivia", "SUPPORTS", "Lowland Front") not in r.triples


def test_country_apposition_is_left_alone(extract) -> None:
    r = extract("Peru, the Bolivia-backed candidate for the seat, won the vote.")
    assert ("Bolivia", "SUPPORTS", "Peru") not in r.triples
