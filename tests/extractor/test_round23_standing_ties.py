"""Round 23, standing ties: the other parties of one pact agree with each other; allies and backers named as someone's
own by their nation; a bare ", allied with Y," apposition (a standing tie, not an act of allying); a funder of
public works in a state aids it."""

from actorgraph.graph.registry import RelationStatus

# --- co-parties of one pact


def test_parties_listed_after_one_pacts_with(extract) -> None:
    r = extract("Armenia signed the transit accord with Azerbaijan and Georgia in Tbilisi on Tuesday.")
    assert ("Armenia", "AGREES_WITH", "Georgia") in r.triples
    assert ("Azerbaijan", "AGREES_WITH", "Georgia") in r.triples


def test_three_parties_listed_as_subjects(extract) -> None:
    r = extract("Kenya, Uganda and Tanzania signed a customs accord in Arusha on Monday.")
    assert ("Uganda", "AGREES_WITH", "Tanzania") in r.triples


def test_separate_deals_are_no_common_pact(extract) -> None:
    r = extract("Brazil signed separate trade deals with Chile and Peru last month.")
    assert ("Brazil", "AGREES_WITH", "Peru") in r.triples
    assert ("Chile", "AGREES_WITH", "Peru") not in r.triples


def test_a_partner_named_with_its_owner_is_no_list(extract) -> None:
    r = extract("Suriname signed the licence with Petrobras and its partner TotalEnergies on Wednesday.")
    assert ("Petrobras", "AGREES_WITH", "TotalEnergies") not in r.triples


# --- possessed allies and backers


def test_backers_named_by_their_nation(extract) -> None:
    r = extract("Burundi accused the rebels of the Red Tabara movement and its Rwandan backers of the grenade attacks.")
    assert ("Rwanda", "SUPPORTS", "Red Tabara") in r.triples


def test_backers_in_a_capital_or_a_country(extract) -> None:
    assert ("Rwanda", "SUPPORTS", "M23") in extract(
        "Congo accused the M23 and its backers in Kigali of launching an offensive.").triples
    assert ("Rwanda", "SUPPORTS", "M23") in extract(
        "Congo accused the M23 and its backers in Rwanda of launching an offensive.").triples


def test_allies_fighting_alongside_a_states_army(extract) -> None:
    r = extract("Rebels attacked the Malian army and its Russian allies near Kidal on Sunday.")
    assert ("Russia", "COOPERATES_WITH", "Mali") in r.triples


def test_a_states_allies_in_another_country_are_factions(extract) -> None:
    r = extract("Iran's allies in Iraq condemned the strike on Monday.")
    assert ("Iraq", "SUPPORTS", "Iran") not in r.triples
    r = extract("Iran and its Iraqi allies condemned the strike on Monday.")
    assert ("Iraq", "SUPPORTS", "Iran") not in r.triples
    assert ("Iraq", "COOPERATES_WITH", "Iran") not in r.triples


# --- a bare participle of standing


def test_allied_with_between_commas(extract) -> None:
    r = extract("The Popular Resistance Front, closely allied to Iran, attacked the convoy on Monday.")
    assert ("Popular Resistance Front", "SUPPORTS", "Iran") in r.triples


def test_allied_with_describes_the_object_not_the_subject(extract) -> None:
    r = extract("Israeli jets struck the Popular Resistance Front, allied with Iran, on Monday.")
    assert ("Popular Resistance Front", "SUPPORTS", "Iran") in r.triples
    assert ("Israel", "COOPERATES_WITH", "Iran") not in r.triples


# --- funders of public works


def test_a_funder_of_a_port_aids_the_state(extract) -> None:
    r = extract("China financed the new deep-sea port at Gwadar in Pakistan.")
    assert ("China", "AIDS", "Pakistan") in r.triples


def test_works_paid_for_by_a_fund(extract) -> None:
    r = extract("The new bridge in Mauritania, which was paid for by the Kuwait Fund, opened on Monday.")
    assert ("Kuwait Fund", "AIDS", "Mauritania") in r.triples


def test_works_only_offered_or_denied(extract) -> None:
    assert ("China", "AIDS", "Nepal") not in extract("China offered to finance a railway in Nepal.").triples
    r = extract("Germany did not finance the dam in Ethiopia.")
    assert r.rel("Germany", "AIDS", "Ethiopia").status == RelationStatus.NEGATED


def test_an_affiliate_past_its_bracketed_short_form(extract) -> None:
    r = extract("Fighting broke out between the army and the National Defence Front (NDF), a powerful militia closely "
                "allied with Russia.")
    assert ("National Defence Front", "SUPPORTS", "Russia") in r.triples
    r = extract("The Sudan Liberation Movement (SLM) - a rebel faction allied with Egypt - took the town on Monday.")
    assert ("Sudan Liberation Movement", "SUPPORTS", "Egypt") in r.triples
    assert ("Sudan Liberation Movement", "COOPERATES_WITH", "Egypt") not in r.triples


# --- a signer's partner, members, wings and affiliates


def test_the_owners_partner_is_a_party_too(extract) -> None:
    r = extract("Suriname signed a production-sharing contract with Petronas and its Malaysian partner Sapura Energy "
                "on Monday.")
    assert ("Suriname", "AGREES_WITH", "Sapura Energy") in r.triples
    assert ("Petronas", "AGREES_WITH", "Sapura Energy") not in r.triples


def test_a_member_past_an_age(extract) -> None:
    r = extract("Police detained Farrukh Nazarov, 47, a senior member of the banned movement Group 24, on Friday.")
    assert ("Farrukh Nazarov", "MEMBER_OF", "Group 24") in r.triples


def test_a_member_named_before_the_noun(extract) -> None:
    r = extract("Police detained Ana Ruiz, a suspected Los Choneros member wanted by Peru, on Friday.")
    assert r.rel("Ana Ruiz", "MEMBER_OF", "Los Choneros").status == RelationStatus.ALLEGED
    assert ("Ana Ruiz", "MEMBER_OF", "Los Choneros") not in extract(
        "Police detained Ana Ruiz, a Los Choneros lawyer, on Friday.").triples


def test_a_student_wing_and_a_possessed_affiliate(extract) -> None:
    r = extract("The government banned the Insaf Students Federation, the student wing of the opposition Pakistan "
                "Tehreek-e-Insaf (PTI), on Wednesday.")
    assert ("Insaf Students Federation", "ASSOCIATED_WITH", "Pakistan Tehreek-e-Insaf") in r.triples
    r = extract("The Sahel Front, the Islamic State's Sahel affiliate, controls large parts of the countryside.")
    assert ("Sahel Front", "ASSOCIATED_WITH", "Islamic State") in r.triples


# --- posts at an outlet; "his party" looks back


def test_a_correspondent_holds_a_post_at_the_outlet(extract) -> None:
    r = extract("Marta Quiroga, a correspondent for the Andean Press Agency, was expelled on Monday.")
    assert ("Marta Quiroga", "HOLDS_POSITION", "Andean Press Agency") in r.triples
    assert ("Marta Quiroga", "MEMBER_OF", "Andean Press Agency") not in r.triples


def test_his_party_before_a_later_name_is_the_earlier_persons(extract) -> None:
    r = extract("Prime Minister Tomas Vrabec dismissed the ruling. His party, Nova Cesta, pushed the law through "
                "parliament in April, and President Ivan Kollar signed it.")
    assert ("Tomas Vrabec", "MEMBER_OF", "Nova Cesta") in r.triples
    assert ("Ivan Kollar", "MEMBER_OF", "Nova Cesta") not in r.triples


def test_a_possessors_allies_act_not_the_possessor(extract) -> None:
    r = extract("Iran's allies in Iraq fired rockets at Israel on Monday.")
    assert ("Iran", "ATTACKS", "Israel") not in r.triples
    r = extract("Iran's army fired rockets at Israel on Monday.")
    assert ("Iran", "ATTACKS", "Israel") in r.triples
