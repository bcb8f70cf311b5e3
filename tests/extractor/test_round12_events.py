"""Round 12, events between parties: an offer or a request told through its answer (answered_proposals.py) —
whoever rejects, turns down, weighs or opposes an offer or a request was made it; a call on a state organ named
only by its function (the interior ministry, parliament, lawmakers) is a demand on the story's state
(organ_demands.py); a party declared ready, willing or prepared to act makes an offer (readiness_offers.py);
an attack on soldiers or police given no nationality is an attack on the story's state (force_casualties.py)."""

from __future__ import annotations

# -- the author named in the object of the answer ------------------------------------------------------------


def test_an_offer_turned_down_names_its_author_by_a_demonym(extract) -> None:
    r = extract("Kenya turned down a Tanzanian offer of extra border troops on Friday.")
    assert ("Tanzania", "OFFERS", "Kenya") in r.triples


def test_a_request_rejected_names_its_author_after_from(extract) -> None:
    r = extract("Bolivia on Monday dismissed a request from the International Monetary Fund to cut fuel subsidies.")
    assert ("International Monetary Fund", "DEMANDS", "Bolivia") in r.triples


def test_a_proposal_answered_by_a_person_names_its_author_after_by(extract) -> None:
    r = extract("Finance Minister Amara Diallo rejected a proposal by the National Union of Teachers to index "
                "salaries to inflation.")
    assert ("National Union of Teachers", "OFFERS", "Amara Diallo") in r.triples


# -- a noun that sums up the act just told, answered by the name before the verb -------------------------------


def test_an_offer_summed_up_after_a_comma_goes_to_whoever_answers_it(extract) -> None:
    r = extract("Norway has offered to host a new round of talks in Oslo, an offer Colombo is still weighing.")
    assert ("Norway", "OFFERS", "Sri Lanka") in r.triples


def test_a_request_summed_up_after_a_comma_is_opposed_by_whoever_opposed_it(extract) -> None:
    # round 17: the request was put to the Council; Argentina answers it and was not asked
    r = extract("Chile asked the Security Council to hold an emergency session, a request Argentina opposed.")
    assert ("Argentina", "REJECTS", "Chile") in r.triples
    assert ("Chile", "DEMANDS", "Argentina") not in r.triples


def test_the_offer_made_earlier_in_the_sentence_is_the_one_turned_down(extract) -> None:
    r = extract("Quito offered to send police advisers, but Lima turned down the offer.")
    assert ("Ecuador", "OFFERS", "Peru") in r.triples


def test_her_request_is_the_request_of_the_woman_named_before(extract) -> None:
    r = extract("Senator Paul Okafor met the Danish envoy, Karen Holm, on Monday but refused her request to "
                "visit the prison.")
    assert ("Karen Holm", "DEMANDS", "Paul Okafor") in r.triples


# -- where it must not fire ----------------------------------------------------------------------------------


def test_a_party_named_in_the_content_of_the_offer_is_not_its_author(extract) -> None:
    r = extract("Peru rejected an offer of talks with Bolivia on the disputed lake.")
    assert ("Bolivia", "OFFERS", "Peru") not in r.triples
    r = extract("Uganda rejected the demand for the release of Kizza Musoke.")
    assert ("Kizza Musoke", "DEMANDS", "Uganda") not in r.triples


# -- a call on a state organ named only by its function is a demand on the story's state (organ_demands.py) ----


def test_a_call_on_the_interior_ministry_is_a_demand_on_the_state(extract) -> None:
    r = extract("ROME, May 3 - Italy deported 40 migrants to Tunisia on Monday. The Jesuit Refugee Service called "
                "on the interior ministry to halt the deportations.")
    assert ("Jesuit Refugee Service", "DEMANDS", "Italy") in r.triples


def test_urging_parliament_is_a_demand_on_the_state(extract) -> None:
    r = extract("SANTIAGO, May 3 - Chile's budget is in trouble. Senator Ana Ruiz urged parliament to reject the "
                "spending plan.")
    assert ("Ana Ruiz", "DEMANDS", "Chile") in r.triples


def test_a_call_joined_to_an_accusation_keeps_the_accuser_as_its_agent(extract) -> None:
    r = extract("NAIROBI, May 3 - Kenya faces a drought. The Kenya Farmers' Union accused the agriculture minister "
                "of ignoring the crisis and called on lawmakers to approve emergency relief.")
    assert ("Kenya Farmers' Union", "DEMANDS", "Kenya") in r.triples


def test_the_state_s_own_leader_asking_parliament_makes_no_demand_on_it(extract) -> None:
    r = extract("SANTIAGO, May 3 - Chile's budget is in trouble. Chilean President Ana Ruiz urged parliament to "
                "pass the reform.")
    assert ("Ana Ruiz", "DEMANDS", "Chile") not in r.triples


# -- a party declared ready, willing or prepared to act for another makes it an offer (readiness_offers.py) -------


def test_readiness_to_act_with_a_named_party_is_an_offer_to_it(extract) -> None:
    r = extract("Kabul said it was ready to set up a joint water commission with Tashkent.")
    assert ("Afghanistan", "OFFERS", "Uzbekistan") in r.triples


def test_readiness_with_no_one_named_goes_to_the_other_side_of_the_talks(extract) -> None:
    r = extract("Ghana's foreign minister met Togo's president in Lome on Monday. Ghana said it was willing to "
                "supply electricity during the dry season.")
    assert ("Ghana", "OFFERS", "Togo") in r.triples


def test_readiness_with_no_talks_goes_to_the_country_of_the_story(extract) -> None:
    r = extract("CHISINAU, May 3 - Moldova's border is tense. The European Union said on Friday it was prepared "
                "to fund a new border monitoring mission.")
    assert ("European Union", "OFFERS", "Moldova") in r.triples


def test_readiness_set_only_as_a_condition_is_no_offer(extract) -> None:
    r = extract("The Patriotic Front said it would keep fighting until Togo was ready to free all prisoners.")
    assert not any(t[1] == "OFFERS" for t in r.triples)
    r = extract("Ghana will sell power to whoever is willing to pay in dollars, Togo said.")
    assert not any(t[1] == "OFFERS" for t in r.triples)


# -- an attack on soldiers or police given no nationality is an attack on the story's state (force_casualties.py) --


def test_killing_soldiers_in_an_ambush_attacks_the_state_of_the_story(extract) -> None:
    r = extract("JAKARTA, May 3 - Indonesia is on alert. The Free Land Army ambushed an army post on Saturday, "
                "killing two soldiers.")
    assert ("Free Land Army", "ATTACKS", "Indonesia") in r.triples


def test_fighters_said_to_have_killed_soldiers_attack_the_state(extract) -> None:
    r = extract("NIAMEY, May 3 - Niger is on alert. The Sahel Liberation Front said its fighters had killed dozens "
                "of soldiers in an attack on a base near Tahoua.")
    assert ("Sahel Liberation Front", "ATTACKS", "Niger") in r.triples


def test_killing_police_officers_attacks_the_state(extract) -> None:
    r = extract("NAIROBI, May 3 - Kenya is on alert. The Coastal Liberation Front attacked a police convoy near "
                "Lamu, killing three officers.")
    assert ("Coastal Liberation Front", "ATTACKS", "Kenya") in r.triples


def test_killing_civilians_is_no_attack_on_the_state(extract) -> None:
    r = extract("NIAMEY, May 3 - Niger is on alert. The Sahel Liberation Front killed four civilians in an attack "
                "on a village.")
    assert ("Sahel Liberation Front", "ATTACKS", "Niger") not in r.triples


def test_a_name_before_the_caller_s_clause_is_not_the_caller(extract) -> None:
    r = extract("NAIROBI, May 3 - Kenya's budget is late. After meeting the Kenya Farmers' Union, the finance "
                "minister urged parliament to pass the budget.")
    assert ("Kenya Farmers' Union", "DEMANDS", "Kenya") not in r.triples
    r = extract("NAIROBI, May 3 - Kenya's budget is late. The Kenya Farmers' Union said the minister had asked "
                "parliament to delay the vote.")
    assert ("Kenya Farmers' Union", "DEMANDS", "Kenya") not in r.triples
    r = extract("NAIROBI, May 3 - Kenya's budget is late. Peter Mwangi, the finance minister, urged parliament to "
                "pass the budget.")
    assert ("Peter Mwangi", "DEMANDS", "Kenya") not in r.triples


def test_a_hostile_act_held_ready_is_no_offer(extract) -> None:
    r = extract("Kenya said it was ready to deploy troops to the border with Uganda.")
    assert ("Kenya", "OFFERS", "Uganda") not in r.triples
