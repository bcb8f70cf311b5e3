"""Round 23: criticism of a state's law, decree or order named by a demonym ("criticised the Mongolian decree") or
taken up as "the law" the story opened with accuses that state; a charged person's innocence ("said he was
innocent", "Both men maintained their innocence", "The accused denied the charges") denies whoever charged them;
"the government of President X" as a subject is X's state."""


def test_demonym_law_is_the_states(extract) -> None:
    r = extract("Freedom House condemned the Mongolian decree that closes independent radio stations.")
    assert ("Freedom House", "ACCUSES", "Mongolia") in r.triples


def test_demonym_law_without_criticism_makes_no_actor(extract) -> None:
    r = extract("Freedom House said the journalists were held under Mongolian law.")
    assert "Mongolia" not in r.kinds


def test_the_law_is_the_storys_law(extract) -> None:
    r = extract("Mongolia adopted a law on foreign-funded media in April. Officials said it protects sovereignty. "
                "Freedom House has also criticised the law.")
    assert ("Freedom House", "ACCUSES", "Mongolia") in r.triples


def test_the_order_after_a_state_of_emergency(extract) -> None:
    r = extract("Jamaica declared a state of emergency on Sunday. The Bar Association criticised the order, warning "
                "that it could be abused.")
    assert ("Bar Association", "ACCUSES", "Jamaica") in r.triples


def test_the_law_of_a_later_comparison_is_not_the_storys(extract) -> None:
    r = extract("The Commission opened proceedings against Slovakia over a law on foreign-funded media. Hungary's own "
                "media law was struck down in 2020. The Venice Commission criticised the law last year.")
    assert ("Venice Commission", "ACCUSES", "Slovakia") in r.triples
    assert ("Venice Commission", "ACCUSES", "Hungary") not in r.triples


def test_said_he_was_innocent(extract) -> None:
    r = extract("Mongolian prosecutors charged Bat Erdene with fraud on Monday. Erdene said he was innocent.")
    assert ("Bat Erdene", "DENIES", "Mongolia") in r.triples


def test_innocent_civilians_is_no_denial(extract) -> None:
    r = extract("Mongolian prosecutors charged Bat Erdene with fraud on Monday. Erdene said they were innocent "
                "civilians.")
    assert ("Bat Erdene", "DENIES", "Mongolia") not in r.triples


def test_both_men_maintained_their_innocence(extract) -> None:
    r = extract("Mongolia charged Bat Erdene and Tumur Gan with fraud. Both men maintained their innocence.")
    assert ("Bat Erdene", "DENIES", "Mongolia") in r.triples
    assert ("Tumur Gan", "DENIES", "Mongolia") in r.triples


def test_the_accused_denied_the_charges(extract) -> None:
    r = extract("Mongolian police detained Bat Erdene on fraud charges. The accused denied the charges.")
    assert ("Bat Erdene", "DENIES", "Mongolia") in r.triples


def test_an_office_holder_is_another_speaker(extract) -> None:
    r = extract("Mongolian police detained Bat Erdene on fraud charges. The interior minister denied that he had "
                "been mistreated.")
    assert ("Bat Erdene", "DENIES", "Mongolia") not in r.triples


def test_government_of_president_is_the_state(extract) -> None:
    r = extract("Mongolian President Bat Erdene met Chinese officials in May. China later accused Mongolia of spying. "
                "The government of President Bat Erdene has denied the charge.")
    assert ("Mongolia", "DENIES", "China") in r.triples
    assert ("Bat Erdene", "DENIES", "China") not in r.triples


def test_year_opening_the_clause_is_no_count(extract) -> None:
    r = extract("Bat Erdene ran the customs service. In 2022 Mongolian prosecutors charged him with fraud.")
    assert ("Mongolia", "INVESTIGATES", "Bat Erdene") in r.triples


def test_year_before_bare_prosecutors(extract) -> None:
    r = extract("Bat Erdene ran the customs service. In 2022 prosecutors in Mongolia charged him with fraud.")
    assert ("Mongolia", "INVESTIGATES", "Bat Erdene") in r.triples


def test_condemned_the_arrest_warrants(extract) -> None:
    r = extract("Mongolian prosecutors issued warrants for six activists living abroad. Canada condemned the arrest "
                "warrants as \"repression\".")
    assert ("Canada", "ACCUSES", "Mongolia") in r.triples


def test_both_deny_after_a_charge(extract) -> None:
    r = extract("Mongolia charged Bat Erdene and Tumur Gan with fraud. Both deny wrongdoing.")
    assert ("Bat Erdene", "DENIES", "Mongolia") in r.triples
    assert ("Tumur Gan", "DENIES", "Mongolia") in r.triples


def test_charge_inside_the_speakers_apposition(extract) -> None:
    r = extract("Bat Erdene, charged by Mongolian prosecutors with fraud, said he was innocent.")
    assert ("Mongolia", "INVESTIGATES", "Bat Erdene") in r.triples
    assert ("Bat Erdene", "DENIES", "Mongolia") in r.triples


def test_plea_answers_who_brought_the_charges(extract) -> None:
    r = extract("Chinese police arrested Bat Erdene in May. Erdene pleaded not guilty to 12 counts of fraud brought "
                "by Mongolian prosecutors.")
    assert ("Bat Erdene", "DENIES", "Mongolia") in r.triples
    assert ("Bat Erdene", "DENIES", "China") not in r.triples


def test_in_order_to_is_no_law(extract) -> None:
    r = extract("Russia sent troops in order to deter an attack. Amnesty International criticised the "
                "law on Tuesday.")
    assert ("Amnesty International", "ACCUSES", "Russia") not in r.triples
