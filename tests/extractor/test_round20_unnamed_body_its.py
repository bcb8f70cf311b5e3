"""Round 20 (precision): "Its leader, X" after a sentence whose subject is an organisation described but not named
("The main opposition alliance said it would petition the High Court") is that unnamed body's, not the body named
only as an object; a named subject body is still the one meant."""


def test_its_leader_after_an_unnamed_alliance_is_not_the_court(extract) -> None:
    r = extract("The main opposition alliance said it would petition the High Court. Its leader, Tamsin Okoro, "
                "said the count was flawed.")
    assert ("Tamsin Okoro", "LEADS", "High Court") not in r.triples


def test_after_a_live_page_time_stamp(extract) -> None:
    r = extract("**16:05** — A rival faction says it will complain to the Electoral Tribunal. Its chairman, "
                "Tamsin Okoro, told reporters the vote was rigged.")
    assert ("Tamsin Okoro", "LEADS", "Electoral Tribunal") not in r.triples


def test_a_named_subject_body_is_still_meant(extract) -> None:
    r = extract("The Dockers' Union called a strike and asked the Labour Court to rule. Its president, Tamsin "
                "Okoro, said members were ready.")
    assert ("Tamsin Okoro", "LEADS", "Dockers' Union") in r.triples
