"""Round 28, phone calls: the telephone told between the verb and the one called, and a repeated preposition
("to A and to B"), still give a meeting with each one called."""


def test_discussed_by_phone_with_a_time_phrase(extract) -> None:
    r = extract("Foreign Minister Ana Duarte discussed the deportations by phone on Tuesday with Tomas Berg.")
    assert ("Ana Duarte", "MEETS_WITH", "Tomas Berg") in r.triples


def test_briefed_by_telephone_is_a_call(extract) -> None:
    r = extract("President Karl Mertens said he had briefed Tomas Berg by telephone on Tuesday.")
    assert ("Karl Mertens", "MEETS_WITH", "Tomas Berg") in r.triples


def test_briefing_without_a_call_is_no_meeting(extract) -> None:
    r = extract("President Karl Mertens briefed Tomas Berg's lawyers in Lima on Tuesday.")
    assert ("Karl Mertens", "MEETS_WITH", "Tomas Berg") not in r.triples


def test_repeated_preposition_joins_the_two_called(extract) -> None:
    r = extract("The envoy, Henrik Olsen, said he had spoken by telephone to Anna Krasniqi and to Milica Djordjevic "
                "on Tuesday.")
    assert ("Henrik Olsen", "MEETS_WITH", "Anna Krasniqi") in r.triples
    assert ("Henrik Olsen", "MEETS_WITH", "Milica Djordjevic") in r.triples
