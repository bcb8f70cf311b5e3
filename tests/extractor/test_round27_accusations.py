"""Round 27, accusations and denials (blind12/13 shapes): a retort after a denied that-clause is the denier's; a
charging participle's described object ("accusing the conglomerate of") is the party the main verb took; a reported
suspicion is a charge; "rejected suggestions that ..." is a denial."""


def test_retort_after_a_denied_that_clause_is_the_deniers(extract) -> None:
    r = extract("Pakistan accused Afghanistan of sheltering militants. Taliban spokesman Zabihullah Rahimi denied that "
                "Afghanistan harboured the group and accused Pakistan of violating Afghan sovereignty.")
    assert ("Zabihullah Rahimi", "ACCUSES", "Pakistan") in r.triples
    assert ("Afghanistan", "ACCUSES", "Pakistan") not in r.triples
    assert r.rel("Zabihullah Rahimi", "ACCUSES", "Pakistan").status.value == "asserted"


def test_described_object_of_a_charging_participle(extract) -> None:
    r = extract("The United States and Britain on Tuesday imposed sanctions on Cambodia's Mekong Crown Group, accusing "
                "the conglomerate of running forced-labour compounds.")
    assert ("United States", "ACCUSES", "Mekong Crown Group") in r.triples
    assert ("United Kingdom", "ACCUSES", "Mekong Crown Group") in r.triples


def test_described_person_takes_the_person_object(extract) -> None:
    r = extract("Peru arrested Ivo Sand on Monday, accusing the businessman of bribing judges.")
    assert ("Peru", "ACCUSES", "Ivo Sand") in r.triples


def test_reported_suspicion_is_a_charge(extract) -> None:
    r = extract('China detained Takeshi Mori in April. Foreign ministry spokeswoman Li Mei said Mori was "suspected of '
                'engaging in espionage activities" and that his case would be handled lawfully.')
    assert ("Li Mei", "ACCUSES", "Takeshi Mori") in r.triples


def test_suspicion_in_a_second_that_clause(extract) -> None:
    r = extract("Kosovo police closed six offices. Interior Minister Arben Hoxha said the offices had operated illegally "
                "and that Dejan Petrovic was suspected of paying salaries from Serbian funds.")
    assert ("Arben Hoxha", "ACCUSES", "Dejan Petrovic") in r.triples


def test_suspected_of_nothing_is_no_charge(extract) -> None:
    r = extract("China detained Takeshi Mori in April. Foreign ministry spokeswoman Li Mei said Mori was suspected of "
                "nothing.")
    assert ("Li Mei", "ACCUSES", "Takeshi Mori") not in r.triples


def test_rejected_suggestions_that_is_a_denial(extract) -> None:
    r = extract("Opposition leader Ivo Sand accused Turkey's government of a civilian coup. Turkey rejected suggestions "
                "that the case was politically motivated.")
    assert ("Turkey", "DENIES", "Ivo Sand") in r.triples


def test_suggestion_that_something_be_done_is_no_denial(extract) -> None:
    r = extract("Peru rejected a Chilean suggestion that talks should be held in Lima.")
    assert ("Peru", "DENIES", "Chile") not in r.triples


def test_surname_is_not_a_relatives_hyphenated_one(extract) -> None:
    r = extract("Police arrested former president Rodolfo Magbanua on Tuesday. Officers detained Magbanua, 79, as he "
                "stepped off a flight. ICC prosecutors accuse Magbanua of overseeing killings. Magbanua's daughter, "
                "Senator Isabel Magbanua-Cruz, called the arrest a kidnapping.")
    assert ("ICC", "ACCUSES", "Rodolfo Magbanua") in r.triples
    assert ("ICC", "ACCUSES", "Isabel Magbanua-Cruz") not in r.triples


def test_funds_the_noun_is_no_funding(extract) -> None:
    r = extract("A French foreign ministry spokesman, Olivier Dumas, said Paris was ready to return confiscated funds "
                "to Equatorial Guinea.")
    assert ("Olivier Dumas", "ACCUSES", "France") not in r.triples
    assert ("Peru", "ACCUSES", "Chile") in extract("Peru's foreign minister said Chile funds the rebels.").triples


def test_denial_answers_each_co_accuser(extract) -> None:
    r = extract("The United States and Britain on Tuesday imposed sanctions on Mekong Crown Group, accusing it of "
                'running scam compounds. Mekong Crown said in a statement that it "categorically rejects" the allegations.')
    assert ("Mekong Crown Group", "DENIES", "United States") in r.triples
    assert ("Mekong Crown Group", "DENIES", "United Kingdom") in r.triples
