"""Round 13, events between parties: a measure on trade or travel flows (imports, exports, shipments, deliveries,
supplies, visa-free travel) halted, suspended, banned, cut or restricted is a sanction on the state the flow comes
from, goes to or is for; an unnamed group of that state's traders ("Moldovan exporters") stands for the state."""

from __future__ import annotations

# -- trade flows -----------------------------------------------------------------------------------------------


def test_imports_halted_from_a_country_sanction_it(extract) -> None:
    r = extract("Turkey on Thursday halted imports of hazelnuts from Georgia, citing a pest outbreak.")
    assert ("Turkey", "SANCTIONS", "Georgia") in r.triples


def test_exports_suspended_to_a_neighbour_sanction_it(extract) -> None:
    r = extract("Kazakhstan suspended wheat exports to Kyrgyzstan on Monday after a row over water quotas.")
    assert ("Kazakhstan", "SANCTIONS", "Kyrgyzstan") in r.triples


def test_a_threatened_cut_in_supplies_is_a_hypothetical_sanction(extract) -> None:
    r = extract("Algeria could cut gas supplies to Spain if the dispute over Western Sahara drags on, an adviser said.")
    assert ("Algeria", "SANCTIONS", "Spain") in r.triples
    assert r.rel("Algeria", "SANCTIONS", "Spain").status.value == "hypothetical"


def test_visa_free_travel_suspended_for_a_states_travellers(extract) -> None:
    r = extract("Canada suspended visa-free entry for travellers from Mexico on Friday, citing a rise in asylum claims.")
    assert ("Canada", "SANCTIONS", "Mexico") in r.triples


def test_a_group_of_a_states_exporters_stands_for_the_state(extract) -> None:
    r = extract("Belarus banned imports of dairy products from a dozen Lithuanian exporters on Tuesday.")
    assert ("Belarus", "SANCTIONS", "Lithuania") in r.triples


def test_a_group_of_a_states_firms_hit_by_sanctions_stays_the_group(extract) -> None:
    r = extract("The United Kingdom imposed sanctions on three Iranian firms on Wednesday.")
    assert ("United Kingdom", "SANCTIONS", "Iran") not in r.triples


def test_resumed_imports_and_falling_exports_are_no_sanction(extract) -> None:
    r = extract("Vietnam resumed imports of pork from Laos on Monday. Exports from Peru to Chile fell in March.")
    assert not [t for t in r.triples if t[1] == "SANCTIONS"]


# -- conditions put on the other side ----------------------------------------------------------------------------


def test_an_act_held_back_until_the_other_side_acts_is_a_demand(extract) -> None:
    r = extract("Foreign Minister Ana Ruiz said Colombia would only reopen the border once Venezuela released "
                "the detained fishermen.")
    assert ("Ana Ruiz", "DEMANDS", "Venezuela") in r.triples


def test_until_the_other_side_stops_is_a_demand(extract) -> None:
    r = extract("Greece vowed to block the accord until Turkey stops its survey flights over the islands.")
    assert ("Greece", "DEMANDS", "Turkey") in r.triples


def test_an_offer_made_on_condition_is_a_demand_on_the_other_side(extract) -> None:
    r = extract("Poland offered to restore power supplies on condition that Belarus withdraw its troops from the border.")
    assert ("Poland", "DEMANDS", "Belarus") in r.triples


def test_saying_the_other_side_must_first_act_is_a_demand(extract) -> None:
    r = extract("Serbia blocked the agreement on Friday, saying Kosovo must first dissolve its special police unit.")
    assert ("Serbia", "DEMANDS", "Kosovo") in r.triples


def test_a_time_limit_set_by_the_others_state_is_no_demand(extract) -> None:
    r = extract("Lebanon said it would host the refugees until Syria is safe again.")
    assert ("Lebanon", "DEMANDS", "Syria") not in r.triples
