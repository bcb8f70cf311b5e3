"""Round 10, roles and ties: a bare state title whose sentence sets the story's main state against the holder
belongs to the other state of the story; an apposition naming the body as the role's modifier ("X, a senior Y
figure"); officers speaking for a state's forces; people who hold a company; ties denied or charged. Sentences
are our own, with invented names."""

from __future__ import annotations

# -- a bare title set against the main state belongs to the other state of the story -------------------------


def test_a_bare_title_answering_the_main_state_belongs_to_the_other_state(extract) -> None:
    r = extract("Uruguay accused Argentina on Monday of polluting the river. Uruguay said the plant had to close, "
                "and Uruguay asked the court to act. Argentina denied it. President Tomas Wexler rejected the "
                "Uruguayan demands on Tuesday.")
    assert ("Tomas Wexler", "LEADS", "Argentina") in r.triples
    assert ("Tomas Wexler", "LEADS", "Uruguay") not in r.triples


def test_a_bare_title_whose_offer_the_main_state_turns_down_is_the_other_states(extract) -> None:
    r = extract("Kenya has protested twice about the new dam. Kenya wants the filling slowed, and Kenya says the "
                "lake is shrinking. Uganda has said little. Prime Minister Okot Lamwaka has offered to share the "
                "flow data, but Kenya has turned the offer down.")
    assert ("Okot Lamwaka", "LEADS", "Uganda") in r.triples
    assert ("Okot Lamwaka", "LEADS", "Kenya") not in r.triples


def test_a_visiting_official_title_is_not_given_to_the_host(extract) -> None:
    r = extract("Peru and Chile signed a fisheries pact on Monday. Chile will open its ports to Peruvian boats, "
                "and Chile will share catch data. President Amara Ruiz and visiting Chilean Foreign Minister "
                "Tomas Vial signed the pact in Lima.")
    assert ("Amara Ruiz", "LEADS", "Peru") in r.triples


def test_a_bare_title_not_set_against_the_main_state_stays_with_it(extract) -> None:
    r = extract("Ghana has raised fuel prices for the third time this year. Ghana says subsidies cost too much, "
                "and Togo has complained. Finance Minister Kojo Addai defended the rise on Friday.")
    assert ("Kojo Addai", "HOLDS_POSITION", "Ghana") in r.triples
    assert ("Kojo Addai", "HOLDS_POSITION", "Togo") not in r.triples


# -- "X, a senior Y figure,": the body named as the modifier of the role in an apposition ------------------------


def test_an_apposition_naming_the_body_before_the_role(extract) -> None:
    r = extract("Police in Lagos detained Musa Adeyemi, a senior Ansaru Brigade figure, on Sunday.")
    assert ("Musa Adeyemi", "MEMBER_OF", "Ansaru Brigade") in r.triples
    r = extract("Tomas Erlich, a Civic Forum spokesman, said the party would appeal the verdict.")
    assert ("Tomas Erlich", "HOLDS_POSITION", "Civic Forum") in r.triples
    r = extract("Officers arrested Lucia Banda, an UPND member, after the rally in Ndola.")
    assert ("Lucia Banda", "MEMBER_OF", "UPND") in r.triples


def test_an_apposition_with_a_former_role_in_the_named_body_is_no_tie(extract) -> None:
    r = extract("Police in Lagos detained Musa Adeyemi, a former Ansaru Brigade commander, on Sunday.")
    assert not {t for t in r.triples if t[0] == "Musa Adeyemi" and t[2] == "Ansaru Brigade"
                and t[1] in ("MEMBER_OF", "LEADS", "HOLDS_POSITION")}


# -- an officer speaking for the state's forces holds a post of that state -------------------------------------


def test_an_officer_speaking_for_the_police_or_army_holds_a_post_of_the_state(extract) -> None:
    r = extract("Ghana's police raided three markets in Kumasi. Police spokesman Assistant Commissioner Kofi Mensah "
                "said officers had seized forged cedi notes.")
    assert ("Kofi Mensah", "HOLDS_POSITION", "Ghana") in r.triples
    r = extract("Peru has sent troops to the valley. An army spokesman, Colonel Ruth Quispe, said two soldiers were "
                "wounded in the clash.")
    assert ("Ruth Quispe", "HOLDS_POSITION", "Peru") in r.triples
    r = extract("A spokesman for Chile's defence ministry, Major Ivan Soto, said the exercise would end on Friday, "
                "and Peru said it had been informed.")
    assert ("Ivan Soto", "HOLDS_POSITION", "Chile") in r.triples


def test_a_bare_general_holds_a_post_of_the_state_his_sentence_names(extract) -> None:
    r = extract("Guinea arrested nine officers on Sunday. Prosecutors said General Sekou Kante had hidden rifles "
                "at a barracks outside Conakry.")
    assert ("Sekou Kante", "HOLDS_POSITION", "Guinea") in r.triples


def test_a_general_tied_to_nothing_in_his_sentence_gets_no_state(extract) -> None:
    r = extract("Canada imposed sanctions on a Sudanese commander on Monday. Canada said Major General Hamid Osman "
                "had led attacks on villages.")
    assert ("Hamid Osman", "HOLDS_POSITION", "Canada") not in r.triples


# -- the people who hold a company, told in a clause about it ---------------------------------------------------


def test_a_person_said_to_control_a_company_in_a_relative_clause_is_tied_to_it(extract) -> None:
    r = extract("The payments went to Harbour Light Trading, a firm registered in Panama that investigators say "
                "Oskar Brandt controlled.")
    rel = r.rel("Oskar Brandt", "ASSOCIATED_WITH", "Harbour Light Trading")
    assert rel.status.value == "alleged"
    r = extract("The ore was sold through Red Mesa Holdings, which Dalia Ferro owns through a cousin.")
    assert ("Dalia Ferro", "ASSOCIATED_WITH", "Red Mesa Holdings") in r.triples


def test_a_company_owned_by_or_registered_to_a_relative_is_tied_to_that_relative(extract) -> None:
    r = extract("The contract went to Blue Reef Construction, a company owned by his nephew, Pita Naulu.")
    assert ("Pita Naulu", "ASSOCIATED_WITH", "Blue Reef Construction") in r.triples
    r = extract("The gold was shipped by Amber Coast Mining Ltd, registered in the name of her husband, Kofi Boateng.")
    assert ("Kofi Boateng", "ASSOCIATED_WITH", "Amber Coast Mining Ltd") in r.triples


def test_a_person_doing_something_else_to_a_company_is_not_tied_to_it(extract) -> None:
    r = extract("The money reached Harbour Light Trading, a firm that investigators say Oskar Brandt visited twice.")
    assert ("Oskar Brandt", "ASSOCIATED_WITH", "Harbour Light Trading") not in r.triples


# -- a tie its holder denies, or is accused of -----------------------------------------------------------------


def test_a_denied_tie_is_a_denied_association(extract) -> None:
    r = extract("The Tigray Defence Forces denied having any links to the Oromo Liberation Army.")
    assert r.rel("Tigray Defence Forces", "ASSOCIATED_WITH", "Oromo Liberation Army").status.value == "denied"
    r = extract("Kamal Oduya has denied any link to the company, Savanna Gold Ltd, and said he would sue.")
    assert r.rel("Kamal Oduya", "ASSOCIATED_WITH", "Savanna Gold Ltd").status.value == "denied"


def test_working_for_a_body_one_is_accused_of_is_an_alleged_association(extract) -> None:
    r = extract("Rwandan police detained three journalists on Monday, accusing them of working for Burundi's "
                "National Intelligence Service.")
    assert r.rel("three journalists", "ASSOCIATED_WITH", "National Intelligence Service").status.value == "alleged"


def test_a_denial_of_something_else_is_no_tie(extract) -> None:
    r = extract("The Tigray Defence Forces denied the report and said the Oromo Liberation Army had withdrawn.")
    assert ("Tigray Defence Forces", "ASSOCIATED_WITH", "Oromo Liberation Army") not in r.triples
