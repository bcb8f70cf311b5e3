"""Round 10, diplomacy and support: demands, offers, agreements, cooperation, talks and aid."""

from __future__ import annotations

# -- a call for restraint, calm or a ceasefire that names no one goes to the two sides of the story's dispute -----


def test_a_call_for_restraint_goes_to_both_sides_of_the_dispute(extract) -> None:
    r = extract("Armenian and Azerbaijani troops exchanged fire along the border on Monday. Yerevan accused Baku "
                "of shelling three villages. The European Union urged restraint.")
    assert ("European Union", "DEMANDS", "Armenia") in r.triples
    assert ("European Union", "DEMANDS", "Azerbaijan") in r.triples


def test_a_call_for_a_ceasefire_or_calm_is_a_demand_on_the_warring_sides(extract) -> None:
    r = extract("Sudan accused Chad on Tuesday of arming rebels in Darfur. Chad denied the charge and accused "
                "Khartoum of bombing its border posts. Norway called for an immediate ceasefire.")
    assert ("Norway", "DEMANDS", "Sudan") in r.triples
    assert ("Norway", "DEMANDS", "Chad") in r.triples
    r = extract("Serbia accused Kosovo of attacking Serb villagers, and Kosovo accused Serbia of massing troops "
                "near the boundary. The Vatican appealed for calm.")
    assert ("Vatican", "DEMANDS", "Kosovo") in r.triples or ("Vatican", "DEMANDS", "Serbia") in r.triples


def test_a_call_for_restraint_that_names_its_addressee_goes_to_it_only(extract) -> None:
    r = extract("Thailand shelled Cambodian positions on Friday, and Cambodia accused Thailand of targeting "
                "temples. China urged Thailand to show restraint.")
    assert ("China", "DEMANDS", "Thailand") in r.triples
    assert ("China", "DEMANDS", "Cambodia") not in r.triples


def test_a_call_for_restraint_with_no_dispute_in_the_story_goes_to_no_one(extract) -> None:
    r = extract("Ghana held a peaceful election on Saturday. The African Union urged restraint while the votes "
                "are counted.")
    assert not any(t == "DEMANDS" for _, t, _ in r.triples)


def test_a_call_for_restraint_is_not_addressed_to_a_dispute_mentioned_once(extract) -> None:
    r = extract("Peru accused Bolivia of harbouring smugglers last year. Brazil hosted a trade fair on Monday, "
                "and Chile urged restraint in the copper market.")
    assert not any(t == "DEMANDS" for _, t, _ in r.triples)


# -- money lent or granted, and a supplier or donor named in apposition, is aid -----------------------------------


def test_a_loan_or_credit_line_approved_or_extended_for_a_state_is_aid(extract) -> None:
    r = extract("The African Development Bank approved a $450 million loan programme for Ghana on Tuesday.")
    assert ("African Development Bank", "AIDS", "Ghana") in r.triples
    r = extract("Japan, which extended a $300 million credit line to Nepal last year, said the talks would go on.")
    assert ("Japan", "AIDS", "Nepal") in r.triples
    r = extract("Qatar has poured billions of dollars of budget support into Lebanon since the crisis began.")
    assert ("Qatar", "AIDS", "Lebanon") in r.triples


def test_a_supplier_of_weapons_or_a_donor_in_apposition_aids(extract) -> None:
    r = extract("Turkey, a leading supplier of drones to Ukraine, condemned the attack on Thursday.")
    assert ("Turkey", "AIDS", "Ukraine") in r.triples
    r = extract("Norway, the largest donor to the Palestinian Authority, called the decision regrettable.")
    assert ("Norway", "AIDS", "Palestinian Authority") in r.triples


def test_a_loan_deal_signed_with_a_partner_says_nothing_of_who_lends(extract) -> None:
    r = extract("Kenya signed a $1 billion package of railway loans with China in March.")
    assert ("Kenya", "AIDS", "China") not in r.triples
    r = extract("Parliament approved the loan for the new port on Friday, and Peru welcomed the vote.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)


# -- a demand for someone's release goes to whoever holds them, even when they are not named as at the arrest ------


def test_a_demand_for_their_release_goes_to_the_state_that_made_the_arrest(extract) -> None:
    r = extract("Police in Tbilisi detained eleven students on Monday. Nino Beridze, an opposition lawmaker, "
                "visited the detainees on Wednesday and demanded their immediate release.")
    assert ("Nino Beridze", "DEMANDS", "Georgia") in r.triples


def test_a_demand_for_the_release_of_people_named_otherwise_goes_to_the_latest_arrest(extract) -> None:
    r = extract("Uzbekistan detained two Kazakh reporters at the border on Friday. Kazakhstan's foreign ministry "
                "spokesman, Arman Dzhaksybekov, demanded the release of the two journalists.")
    assert ("Arman Dzhaksybekov", "DEMANDS", "Uzbekistan") in r.triples


def test_a_release_demand_is_not_addressed_to_an_arrest_by_the_demanders_own_side(extract) -> None:
    r = extract("Kazakh police detained a Kyrgyz trader in Almaty on Monday. Kyrgyzstan arrested two Kazakh "
                "couriers the same week. Kazakhstan's foreign ministry spokesman, Arman Dzhaksybekov, demanded "
                "the release of the two men.")
    assert ("Arman Dzhaksybekov", "DEMANDS", "Kazakhstan") not in r.triples


# -- summoning a named envoy is a meeting with the envoy, besides the protest to their state ----------------------


def test_summoning_a_named_ambassador_meets_the_ambassador(extract) -> None:
    r = extract("Kenyan Foreign Minister Amina Wekesa summoned Uganda's ambassador, Joseph Okello, on Friday and "
                "handed him a note of protest.")
    assert ("Amina Wekesa", "MEETS_WITH", "Joseph Okello") in r.triples or \
        ("Joseph Okello", "MEETS_WITH", "Amina Wekesa") in r.triples
    assert ("Amina Wekesa", "PROTESTS", "Uganda") in r.triples


def test_a_ministry_summoning_the_head_of_a_delegation_meets_for_its_state(extract) -> None:
    r = extract("Serbia's foreign ministry summoned the head of the OSCE mission in Belgrade, Pieter de Vries, on "
                "Monday to protest against the report.")
    assert ("Serbia", "MEETS_WITH", "Pieter de Vries") in r.triples or \
        ("Pieter de Vries", "MEETS_WITH", "Serbia") in r.triples


def test_summoning_an_envoy_not_named_is_no_meeting_with_a_state(extract) -> None:
    r = extract("Chile's foreign ministry summoned the Peruvian ambassador on Tuesday over the fishing dispute.")
    assert not any(t == "MEETS_WITH" for _, t, _ in r.triples)
    r = extract("Chile's foreign ministry summoned the Peruvian ambassador, who left without comment.")
    assert not any(t == "MEETS_WITH" for _, t, _ in r.triples)


# -- "both sides", "the two neighbours": the pair the story sets against each other most, not the latest act -------


def test_an_offer_to_the_two_neighbours_goes_to_the_main_dispute_not_the_latest_act(extract) -> None:
    r = extract("Eritrean troops detained four Djiboutian soldiers on the border on Monday. Djibouti accused "
                "Eritrea of an unprovoked raid, and Eritrea accused Djibouti of spying. Separately, Somalia "
                "accused Ethiopia of meddling in its elections. Qatar offered to host talks between the two "
                "neighbours.")
    assert ("Qatar", "OFFERS", "Eritrea") in r.triples
    assert ("Qatar", "OFFERS", "Djibouti") in r.triples


def test_both_sides_with_no_dispute_on_record_are_left_as_read(extract) -> None:
    r = extract("Ghana and Togo opened a new border post on Monday. Nigeria urged both countries to keep it "
                "open at night.")
    assert ("Nigeria", "DEMANDS", "Ghana") in r.triples or ("Nigeria", "DEMANDS", "Togo") in r.triples


# -- training another's forces is security cooperation, not supply ------------------------------------------------


def test_training_another_states_forces_is_cooperation(extract) -> None:
    r = extract("Rwanda trained Mozambican soldiers in counter-insurgency tactics last year.")
    assert ("Rwanda", "COOPERATES_WITH", "Mozambique") in r.triples
    assert ("Rwanda", "AIDS", "Mozambique") not in r.triples
    r = extract("Egypt, which trains Sudanese troops, has also offered to host the talks.")
    assert ("Egypt", "COOPERATES_WITH", "Sudan") in r.triples


def test_training_ones_own_recruits_is_no_relation(extract) -> None:
    r = extract("Ukraine trained its own recruits near Lviv while Russia shelled Kharkiv.")
    assert not any(t in ("COOPERATES_WITH", "AIDS") for _, t, _ in r.triples)
