"""Round 30, accusations and denials: whose side a speaker is on, whom a lawyer's quote and a denial answer."""


def test_minister_titled_in_the_sentence_does_not_accuse_own_investigators(extract) -> None:
    r = extract("RIGA, May 3 — Latvia on Monday closed a border crossing after a fire at a rail depot.\n\n"
                "Interior Minister Ilze Ozola told reporters that police had found that the attack, which damaged a "
                "power line, was organised by Belarus.")
    assert ("Ilze Ozola", "HOLDS_POSITION", "Latvia") in r.triples
    assert ("Ilze Ozola", "ACCUSES", "Belarus") in r.triples
    assert ("Ilze Ozola", "ACCUSES", "Latvia") not in r.triples


def test_foreign_speaker_still_accuses_the_state_whose_police_acted(extract) -> None:
    r = extract("RIGA, May 3 — Latvia on Monday closed a border crossing after protests.\n\n"
                "Amnesty International said police had beaten protesters in the capital.")
    assert ("Amnesty International", "ACCUSES", "Latvia") in r.triples


def test_spokesman_posted_by_the_sentence_before_does_not_accuse_own_state(extract) -> None:
    r = extract('Ankara reacted sharply. Foreign ministry spokesman Deniz Kaya said Turkey "strongly condemns" the '
                "killings and called on the relevant parties to find and punish those responsible.")
    assert ("Deniz Kaya", "HOLDS_POSITION", "Turkey") in r.triples
    assert ("Deniz Kaya", "ACCUSES", "Turkey") not in r.triples


def test_bare_title_does_not_shield_the_state_first_named_in_the_report(extract) -> None:
    r = extract("Senator Hilda Marsh told reporters Peru had recruited child soldiers.")
    assert ("Hilda Marsh", "ACCUSES", "Peru") in r.triples


def test_defence_lawyers_quote_on_a_ruling_accuses_the_court_that_ruled(extract) -> None:
    r = extract("VIENNA — The Vienna Regional Court ruled on Thursday that a businessman, Pavel Orlov, can be "
                "extradited to the United States.\n\nA week later the Kazakh Prosecutor General's Office sent its own "
                "extradition request, accusing Orlov of fraud. Defence lawyer Ivan Petkov said his client would appeal "
                'to the Supreme Court. "This is a political decision dressed up as a legal one. My client is '
                'innocent," he said.')
    assert ("Ivan Petkov", "ACCUSES", "Vienna Regional Court") in r.triples
    assert ("Ivan Petkov", "ACCUSES", "Kazakhstan") not in r.triples
    assert ("Ivan Petkov", "ACCUSES", "Supreme Court") not in r.triples


def test_denial_of_a_deed_told_on_no_ones_word_answers_no_party(extract) -> None:
    r = extract("The United States imposed sanctions on Qatar last year. Fighting around the port has gone on for "
                "months.\n\nQatar is widely reported to be supplying the Sudanese Rebel Front. Doha denies it.")
    assert ("Qatar", "AIDS", "Sudanese Rebel Front") in r.triples
    assert not {t for t in r.triples if t[0] == "Qatar" and t[1] == "DENIES"}


def test_denial_still_answers_a_named_accuser(extract) -> None:
    r = extract("The Sudanese Rebel Front accused Qatar of meddling last year.\n\nQatar is said to be arming the "
                "Sudanese Rebel Front. Doha denies it.")
    assert ("Qatar", "DENIES", "Sudanese Rebel Front") in r.triples


def test_step_condemned_in_a_closing_apposition_accuses_its_author(extract) -> None:
    r = extract("Russia on Monday expelled two Estonian diplomats, a move Estonian Foreign Minister Kaja Tamm called a "
                "provocation.")
    assert ("Kaja Tamm", "ACCUSES", "Russia") in r.triples
    r = extract("China last week barred Estonian ships from its ports, a step Estonian officials described as "
                "economic coercion.")
    assert ("Estonia", "ACCUSES", "China") in r.triples


def test_step_praised_in_a_closing_apposition_accuses_no_one(extract) -> None:
    r = extract("Russia on Monday released two Estonian fishermen, a move Estonian Foreign Minister Kaja Tamm called "
                "a welcome gesture.")
    assert ("Kaja Tamm", "ACCUSES", "Russia") not in r.triples


def test_designation_called_baseless_is_denied(extract) -> None:
    r = extract("Canada barred Pedro Alves from entering the country in 2022, citing corruption, a designation he "
                "has called baseless.")
    assert ("Pedro Alves", "DENIES", "Canada") in r.triples
    assert ("Pedro Alves", "ACCUSES", "Canada") not in r.triples


def test_coercion_told_as_a_figure_is_an_imputed_wrong(extract) -> None:
    for figure in ('was "holding our country hostage with visas"', "had criminalised peaceful protest",
                   "was holding an election at gunpoint"):
        r = extract(f"Amnesty International said Peru {figure}.")
        assert ("Amnesty International", "ACCUSES", "Peru") in r.triples, figure


def test_hostages_taken_by_others_charge_no_one(extract) -> None:
    r = extract("Amnesty International said Peru had protested after its sailors were taken hostage by pirates.")
    assert ("Amnesty International", "ACCUSES", "Peru") not in r.triples
