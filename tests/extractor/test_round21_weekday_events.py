"""Round 21: an act referred to by its weekday ("welcomed Wednesday's decision", "condemned Monday's arrest") is
an event reference as "the decision" is (patterns.EVENT_REF), and "Wednesday's decision" answers only an act dated
that weekday (moved_acts), not an older one told in between."""


def test_welcomed_a_weekdays_decision(extract) -> None:
    r = extract("Peru on Wednesday imposed sanctions on three Chilean firms. Bolivia welcomed Wednesday's decision.")
    assert ("Bolivia", "SUPPORTS", "Peru") in r.triples


def test_weekday_skips_an_older_act(extract) -> None:
    r = extract("Peru on Wednesday imposed sanctions on three Chilean firms. Russia invaded Ukraine in 2022. "
                "Bolivia welcomed Wednesday's decision.")
    assert ("Bolivia", "SUPPORTS", "Peru") in r.triples
    assert ("Bolivia", "SUPPORTS", "Russia") not in r.triples


def test_condemned_a_weekdays_arrest(extract) -> None:
    r = extract("Chilean police arrested the activist Tomas Velikov on Monday. Norway condemned Monday's arrest.")
    assert ("Norway", "ACCUSES", "Chile") in r.triples


def test_another_weekday_names_no_act(extract) -> None:
    r = extract("Peru on Wednesday imposed sanctions on three Chilean firms. Bolivia welcomed Friday's decision.")
    assert ("Bolivia", "SUPPORTS", "Peru") not in r.triples
