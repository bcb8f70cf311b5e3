"""Round 21: coordinated or paired parties that "agreed on" something or "agreed that ..." (no accord noun, no
infinitive) agree with each other, as with "agreed to": "Ghana and Togo agreed on a timetable", "the two sides agreed
on the following"; a single party agreeing on a plan, or a date after "agreed on", is no pair."""


def test_coordinated_parties_agreed_on(extract) -> None:
    r = extract("Ghana and Togo agreed on a timetable for reopening the border crossing.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples
    assert ("Togo", "AGREES_WITH", "Ghana") in r.triples


def test_coordinated_parties_agreed_that(extract) -> None:
    r = extract("Ghana and Togo agreed that the disputed islands would be surveyed jointly.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples


def test_the_two_sides_agreed_on_after_talks(extract) -> None:
    r = extract("Talks between Ghana and Togo ended in Lome on Monday. The two sides agreed on the following points.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples or ("Togo", "AGREES_WITH", "Ghana") in r.triples


def test_a_single_party_agreeing_on_a_plan(extract) -> None:
    r = extract("Ghana accused Togo of smuggling on Monday. Ghana agreed on a new customs plan on Tuesday.")
    assert not any(t[1] == "AGREES_WITH" for t in r.triples)


def test_a_date_after_agreed_on_is_no_topic(extract) -> None:
    r = extract("Diplomats from Ghana and Togo said a truce agreed on Saturday was holding.")
    assert ("Ghana", "AGREES_WITH", "Togo") not in r.triples
