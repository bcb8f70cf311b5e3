"""Round 29: a state's secret services and units stand for it when accused (lexicon ``state_nouns``); a possessor's
own remarks or acts reported as a wrong charge the possessor (reported.py); a speaker's own state, by a post given in
the same sentence, is not accused by their report (own_state_reports.py); a state's losses are no abuse by its forces
(reported_abuse.py)."""

_DATELINE = "LIMA, May 6 (Wire) - "


def test_security_agencies_of_two_states_accused(extract) -> None:
    r = extract(_DATELINE + "The bar association's president, Marta Quiroga, accused Chilean and Bolivian security "
                "agencies of abducting two activists.")
    assert ("Marta Quiroga", "ACCUSES", "Chile") in r.triples
    assert ("Marta Quiroga", "ACCUSES", "Bolivia") in r.triples


def test_mechanised_units_reported_crossing(extract) -> None:
    r = extract(_DATELINE + "Opposition leader Tomas Varga said Ecuadorian mechanised units had crossed into the "
                "border district twice this month.")
    assert ("Tomas Varga", "ACCUSES", "Ecuador") in r.triples


def test_bare_intelligence_is_no_state(extract) -> None:
    r = extract(_DATELINE + "Army spokesman Colonel Ruben Diaz said the camps had been located with help from "
                "Chilean intelligence.")
    assert "Chile" not in r.kinds


def test_possessor_remarks_charge_the_possessor(extract) -> None:
    r = extract(_DATELINE + "The Kestrel Rights Group said President Mario Soto's remarks had gravely damaged "
                "relations with its neighbours.")
    assert ("Kestrel Rights Group", "ACCUSES", "Mario Soto") in r.triples


def test_possessor_member_escaping_is_no_charge(extract) -> None:
    r = extract(_DATELINE + "The Kestrel Rights Group said the Vela Front's leader had escaped from custody.")
    assert ("Kestrel Rights Group", "ACCUSES", "Vela Front") not in r.triples


def test_minister_reporting_own_investigators(extract) -> None:
    r = extract("HELSINKI, May 6 (Wire) - Finnish Foreign Minister Anna Virta said the investigators had found that "
                "the crew deliberately damaged the cable.")
    assert ("Anna Virta", "HOLDS_POSITION", "Finland") in r.triples
    assert ("Anna Virta", "ACCUSES", "Finland") not in r.triples


def test_opposition_report_on_police_still_accuses(extract) -> None:
    r = extract(_DATELINE + "The Kestrel Rights Group said soldiers had killed 12 protesters in Lima on Monday.")
    assert ("Kestrel Rights Group", "ACCUSES", "Peru") in r.triples


def test_own_losses_are_no_abuse(extract) -> None:
    r = extract(_DATELINE + "Peru's army media wing, the Joint Press Office, said 23 soldiers had been killed in the "
                "ambush.")
    assert ("Joint Press Office", "ACCUSES", "Peru") not in r.triples


def test_opposition_leader_reporting_on_own_state(extract) -> None:
    r = extract("HELSINKI, May 6 (Wire) - Finnish opposition leader Anna Virta said the investigators had tortured "
                "the crew.")
    assert ("Anna Virta", "ACCUSES", "Finland") in r.triples

