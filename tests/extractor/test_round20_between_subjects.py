"""Round 20 (precision): a pair after "between" inside the subject's noun phrase ("the panel overseeing the truce
between A and B met") is not the subject of the verb; "A and B met" and "talks between A and B" are unchanged."""


def test_panel_overseeing_a_truce_between_two_states_meets_not_the_states(extract) -> None:
    r = extract("The panel overseeing the truce between Ghana and Togo was due to meet on Monday.")
    assert not any(t[1] == "MEETS_WITH" for t in r.triples)


def test_commission_for_the_border_between_two_states_met(extract) -> None:
    r = extract("The commission monitoring the border between Ghana and Togo met in Accra.")
    assert not any(t[1] == "MEETS_WITH" for t in r.triples)


def test_the_pair_as_subject_still_meets(extract) -> None:
    r = extract("Ghana and Togo met in Accra on Monday.")
    assert ("Ghana", "MEETS_WITH", "Togo") in r.triples


def test_talks_between_are_unchanged(extract) -> None:
    r = extract("Talks between Ghana and Togo will resume on Monday.")
    assert ("Ghana", "NEGOTIATES_WITH", "Togo") in r.triples
