"""Round 8, standing ties: role nouns with portfolio or region words before them ("X, Chad's natural resources
minister"), roles owned by a body named before the name ("Its Suva coordinator, X"), and posts with a state
named by its demonym ("X, the Algerian foreign minister"). Sentences are our own, with invented names."""

from __future__ import annotations


def test_portfolio_words_before_a_possessed_role(extract) -> None:
    r = extract("Pedro Alvarado, Venezuela's defence minister, said troops were on alert.")
    assert ("Pedro Alvarado", "HOLDS_POSITION", "Venezuela") in r.triples
    r = extract("Lina Moreau, Chad's natural resources minister, signed the licence in N'Djamena.")
    assert ("Lina Moreau", "HOLDS_POSITION", "Chad") in r.triples
    r = extract("Sofia Renner, the Nordic Council's energy chief, told reporters the pipeline was safe.")
    assert ("Sofia Renner", "HOLDS_POSITION", "Nordic Council") in r.triples  # a post under the council's head


def test_describing_words_keep_the_head_at_the_head() -> None:
    from actorgraph.loaders.extractor.role_words import portfolio

    assert portfolio("trade ") == "trade "
    assert portfolio("Central Asia ") == "Central Asia "
    assert portfolio("transitional ") is None  # "the country's transitional president": still its head
    assert portfolio(None) is None


def test_transitional_head_still_leads(extract) -> None:
    r = extract("Colonel Ismael Dabo, Niger's transitional president, closed the border on Monday.")
    assert ("Ismael Dabo", "LEADS", "Niger") in r.triples


def test_a_former_post_is_not_a_current_one(extract) -> None:
    r = extract("Ana Tuilagi, Samoa's former health minister, arrived in Suva on Monday.")
    assert not any(s == "Ana Tuilagi" and t == "Samoa" for s, _, t in r.triples)


def test_role_owned_by_the_body_named_before_the_name(extract) -> None:
    r = extract("The Pacific Fisheries Forum met on Monday. Its Suva coordinator, Mere Naivalu, said talks "
                "would resume.")
    assert ("Mere Naivalu", "HOLDS_POSITION", "Pacific Fisheries Forum") in r.triples
    assert not any(s == "Mere Naivalu" and t == "Fiji" for s, _, t in r.triples)  # the region, not the body
    r = extract("The Andean Growers Federation backed the plan. \"Prices will recover,\" its secretary, "
                "Tomas Quispe, said.")
    assert ("Tomas Quispe", "HOLDS_POSITION", "Andean Growers Federation") in r.triples
    r = extract("Chile's Asia minister, Rodrigo Fuentes, arrived in Seoul on Tuesday.")
    assert ("Rodrigo Fuentes", "HOLDS_POSITION", "Chile") in r.triples


def test_a_relative_owned_by_a_person_is_left_to_the_kinship_rules(extract) -> None:
    r = extract("Police arrested Okafor's cousin, Emeka Nwosu, in Lagos on Friday.")
    assert ("Okafor", "FAMILY_OF", "Emeka Nwosu") not in r.triples


def test_a_demonym_post_with_the_definite_article(extract) -> None:
    r = extract("Karim Haddad, the Algerian foreign minister, denied the report on Sunday.")
    assert ("Karim Haddad", "HOLDS_POSITION", "Algeria") in r.triples
    r = extract("Marta Oyelaran, the Nigerian interior minister, said the border would stay shut.")
    assert ("Marta Oyelaran", "HOLDS_POSITION", "Nigeria") in r.triples
    r = extract("Hugo Ferreira, the Chilean president, said talks would resume.")
    assert ("Hugo Ferreira", "LEADS", "Chile") in r.triples


def test_a_demonym_post_before_the_name(extract) -> None:
    r = extract("Police detained an Armenian border officer, Davit Sargsyan, on Friday.")
    assert ("Davit Sargsyan", "HOLDS_POSITION", "Armenia") in r.triples


def test_a_demonym_with_a_non_state_role_gives_no_post(extract) -> None:
    r = extract("Hugo Ferreira, a Chilean opposition leader, said talks would resume.")
    assert not any(s == "Hugo Ferreira" and t == "Chile" for s, _, t in r.triples)
    r = extract("Hugo Ferreira, a Brazilian civil society activist, said talks would resume.")
    assert not any(s == "Hugo Ferreira" and t == "Brazil" for s, _, t in r.triples)


def test_membership_told_by_a_verb_of_belonging(extract) -> None:
    r = extract("Chad left the customs union in March and now belongs to the Lake Basin Alliance with Niger and "
                "Cameroon.")
    for state in ("Chad", "Niger", "Cameroon"):
        assert (state, "MEMBER_OF", "Lake Basin Alliance") in r.triples
    r = extract("Estonia and Latvia, which with Lithuania make up the Baltic Assembly, condemned the move.")
    for state in ("Estonia", "Latvia", "Lithuania"):
        assert (state, "MEMBER_OF", "Baltic Assembly") in r.triples
    r = extract("With Togo and Benin, Ghana formed the Coastal Trade Alliance in 2019.")
    for state in ("Ghana", "Togo", "Benin"):
        assert (state, "MEMBER_OF", "Coastal Trade Alliance") in r.triples


def test_a_body_left_or_quit_is_not_the_one_founded(extract) -> None:
    r = extract("With Togo and Benin, it quit the Sahel Union and formed the Coastal Trade Alliance in 2019.")
    assert ("Sahel Union", "MEMBER_OF", "Coastal Trade Alliance") not in r.triples
    assert ("Togo", "MEMBER_OF", "Coastal Trade Alliance") in r.triples
    r = extract("After talks with Russia, officials who formed the Sahel Defence Pact met in Niamey.")
    assert ("Russia", "MEMBER_OF", "Sahel Defence Pact") not in r.triples


def test_corporate_ties_told_by_subsidiary_and_partner_nouns(extract) -> None:
    r = extract("The spill came from a dam run by Lusaka Copper Holdings, a subsidiary of state-owned Andes Mining "
                "Group, near Ndola.")
    assert ("Lusaka Copper Holdings", "ASSOCIATED_WITH", "Andes Mining Group") in r.triples
    r = extract("Officials met Norsk Metals, the aluminium group whose subsidiary Fjord Alloys runs the smelter.")
    assert ("Fjord Alloys", "ASSOCIATED_WITH", "Norsk Metals") in r.triples
    r = extract("The ministry signed the permit with Caspian Energy Corporation and its partner Volga Petroleum "
                "Company on Monday.")
    assert ("Caspian Energy Corporation", "ASSOCIATED_WITH", "Volga Petroleum Company") in r.triples
    r = extract("Baltic Steel Group runs the port with its Estonian partner, Tallinn Logistics Company.")
    assert ("Baltic Steel Group", "ASSOCIATED_WITH", "Tallinn Logistics Company") in r.triples


def test_a_rival_is_no_corporate_tie(extract) -> None:
    r = extract("Baltic Steel Group sued Tallinn Logistics Company, a rival of Riga Port Company.")
    assert not any(t == "ASSOCIATED_WITH" for _, t, _ in r.triples)


def test_a_leader_apart_from_the_verb_of_leading(extract) -> None:
    r = extract("The Unity Party, led by former teacher Mele Fifita, said it had won six seats.")
    assert ("Mele Fifita", "LEADS", "Unity Party") in r.triples
    r = extract("Lima Water Board, the state utility headed by Rosa Quispe, raised prices.")
    assert ("Rosa Quispe", "LEADS", "Lima Water Board") in r.triples
    r = extract("A second suspect, Tomas Reyes, led a militia known as the Red Vipers and lived in Accra.")
    assert ("Tomas Reyes", "LEADS", "Red Vipers") in r.triples
    r = extract("Joseph Tembo heads the state power company, the Lusaka Electricity Corporation, which is under "
                "investigation.")
    assert ("Joseph Tembo", "LEADS", "Lusaka Electricity Corporation") in r.triples


def test_leading_a_delegation_or_march_is_not_leading_the_body(extract) -> None:
    r = extract("Joseph Tembo led the protest march, the largest since 2019, past the offices of the Lusaka "
                "Electricity Corporation.")
    assert ("Joseph Tembo", "LEADS", "Lusaka Electricity Corporation") not in r.triples


def test_a_bare_post_title_belongs_to_the_state_the_sentence_before_opened_with(extract) -> None:
    r = extract("ACCRA — Ghana closed its border with Togo on Monday, and Ghanaian troops moved to the crossing. "
                "Ghana said the move was temporary. Togo condemned the closure on Tuesday. Foreign Minister Kofi "
                "Agbeko called it \"a hostile act\".")
    assert ("Kofi Agbeko", "HOLDS_POSITION", "Togo") in r.triples
    assert ("Kofi Agbeko", "HOLDS_POSITION", "Ghana") not in r.triples
    r = extract("Peru and Chile agreed a new fishing quota. Chile's fisheries ministry said the deal was fair. "
                "\"We are satisfied,\" ministry spokeswoman Ana Rojas told reporters in Lima.")
    assert ("Ana Rojas", "HOLDS_POSITION", "Chile") in r.triples


def test_a_head_of_government_stays_with_the_article_state(extract) -> None:
    r = extract("OSLO — Norway expelled two diplomats on Monday. Norway said they had spied on a radar station. "
                "Russia rejected the charge. Prime Minister Ingrid Solberg said the decision was final.")
    assert ("Ingrid Solberg", "LEADS", "Norway") in r.triples
    assert ("Ingrid Solberg", "LEADS", "Russia") not in r.triples


def test_a_sentence_opened_by_a_states_envoy_lends_no_state(extract) -> None:
    r = extract("LIMA — Chilean fishermen protested against a new quota. Chile's ambassador called it unfair. "
                "Interior Minister Rosa Quispe defended the quota.")
    assert ("Rosa Quispe", "HOLDS_POSITION", "Peru") in r.triples
    assert ("Rosa Quispe", "HOLDS_POSITION", "Chile") not in r.triples
