"""Round 25: pressure put in set terms. A threat with its condition is a demand too and its measure is no act yet
(conditioned_threats); "gave Y an ultimatum" demands of Y; "rejected the demands of Y" rejects Y, who asked."""


def test_a_threat_unless_it_acts_demands(extract) -> None:
    r = extract("Washington threatened Caracas with sanctions unless it freed the detained Americans.")
    assert ("United States", "THREATENS", "Venezuela") in r.triples
    assert ("United States", "DEMANDS", "Venezuela") in r.triples
    assert ("Venezuela", "SANCTIONS", "Americans") not in r.triples


def test_a_threat_if_it_fails_demands(extract) -> None:
    r = extract("Russia threatened Moldova with a gas cutoff if it did not pay its debts by Friday.")
    assert ("Russia", "DEMANDS", "Moldova") in r.triples


def test_the_condition_naming_the_state_again_drops_the_measure(extract) -> None:
    r = extract("The United States threatened Venezuela with sanctions unless Caracas freed the detained Americans.")
    assert ("United States", "DEMANDS", "Venezuela") in r.triples
    assert ("Venezuela", "SANCTIONS", "Americans") not in r.triples


def test_a_forecast_threat_demands_hypothetically(extract) -> None:
    r = extract("China is expected to threaten the Philippines with tariffs unless it drops its probe.")
    assert r.rel("China", "DEMANDS", "Philippines").status.value == "hypothetical"


def test_a_threat_without_a_condition_demands_nothing(extract) -> None:
    r = extract("Turkey threatened Sweden with a veto if talks collapse next week.")
    assert ("Turkey", "THREATENS", "Sweden") in r.triples
    assert ("Turkey", "DEMANDS", "Sweden") not in r.triples


def test_an_ultimatum_given(extract) -> None:
    r = extract("Serbia on Monday gave Kosovo an ultimatum to withdraw its police from the north.")
    assert ("Serbia", "DEMANDS", "Kosovo") in r.triples


def test_an_ultimatum_given_by_a_third_party(extract) -> None:
    r = extract("Azerbaijan said Qatar gave Armenia an ultimatum.")
    assert ("Azerbaijan", "DEMANDS", "Armenia") not in r.triples


def test_the_demands_of_their_author_rejected(extract) -> None:
    r = extract("Serbia rejected the demands of the European Union on Thursday.")
    assert ("Serbia", "REJECTS", "European Union") in r.triples
    assert ("European Union", "DEMANDS", "Serbia") in r.triples


def test_an_offer_of_a_thing_names_no_author(extract) -> None:
    r = extract("Serbia rejected the offer of talks with Kosovo.")
    assert ("Serbia", "REJECTS", "Kosovo") not in r.triples


def test_the_withdrawal_of_a_states_troops_demanded(extract) -> None:
    r = extract("Russia demanded the withdrawal of Ukraine's troops from the Kursk region.")
    assert ("Russia", "DEMANDS", "Ukraine") in r.triples


def test_the_pullout_of_a_demonyms_forces_called_for(extract) -> None:
    r = extract("Moldova on Tuesday called for the withdrawal of Russian troops from Transnistria.")
    assert ("Moldova", "DEMANDS", "Russia") in r.triples


def test_foreign_forces_to_leave_a_state_demand_nothing_of_it(extract) -> None:
    r = extract("Russia demanded the withdrawal of foreign troops from Syria.")
    assert ("Russia", "DEMANDS", "Syria") not in r.triples


def test_a_veto_of_a_resolution_on_a_state_rejects_no_one(extract) -> None:
    r = extract("Russia vetoed the resolution on Syria on Tuesday.")
    assert ("Russia", "REJECTS", "Syria") not in r.triples


def test_a_veto_of_a_text_drafted_by_its_author(extract) -> None:
    r = extract("Russia vetoed a resolution drafted by the United States.")
    assert ("Russia", "REJECTS", "United States") in r.triples
