"""Round 12, roles and ties: a person's party or movement told by the phrase that describes the person
(party_members.py) — "a lawmaker from the X party", "a member of the banned Y movement", "deputy Z of W",
"Z, whose W party ..."."""

from __future__ import annotations

# -- a legislator or member described with the body after from/of ----------------------------------------------


def test_a_lawmaker_from_a_named_party_is_its_member(extract) -> None:
    r = extract("Tomas Verhoef, an opposition lawmaker from the Green Renewal Party, tabled a motion on Tuesday.")
    assert ("Tomas Verhoef", "MEMBER_OF", "Green Renewal Party") in r.triples


def test_a_senior_member_of_a_described_movement_with_a_capitalised_adjective(extract) -> None:
    r = extract("Police detained Omar Haddad, a senior member of the outlawed Sunni opposition movement "
                "Al Nahda Front, on Sunday.")
    assert ("Omar Haddad", "MEMBER_OF", "Al Nahda Front") in r.triples


def test_a_legislator_titled_before_the_name_and_of_a_party_without_a_party_word(extract) -> None:
    r = extract('"The deal must be published in full," said deputy Lucía Ferreyra of Avanzar.')
    assert ("Lucía Ferreyra", "MEMBER_OF", "Avanzar") in r.triples


def test_whose_party_makes_the_person_its_member(extract) -> None:
    r = extract("Interior Minister Petra Lindgren, whose Civic Union party trails in the polls, "
                "defended the budget.")
    assert ("Petra Lindgren", "MEMBER_OF", "Civic Union") in r.triples or \
        ("Petra Lindgren", "MEMBER_OF", "Civic Union party") in r.triples


# -- where it must not fire ------------------------------------------------------------------------------------


def test_a_lawmaker_from_a_region_is_no_member_of_it(extract) -> None:
    r = extract("Anna Kowal, a lawmaker from Silesia, criticised the Energy Regulatory Office on Friday.")
    assert not any(t[1] == "MEMBER_OF" for t in r.triples)


def test_a_former_member_of_a_described_movement_is_no_member(extract) -> None:
    r = extract("Omar Haddad, a former member of the outlawed Sunni opposition movement Al Nahda Front, spoke.")
    assert ("Omar Haddad", "MEMBER_OF", "Al Nahda Front") not in r.triples


# -- "Its chairman, X": the body the sentence before opened with -----------------------------------------------


def test_its_chairman_is_the_head_of_the_body_the_previous_sentence_opened_with(extract) -> None:
    r = extract("The Harbour Workers Union called a strike on Monday and asked the Labour Court to rule on its "
                "claim. Its chairman, Piet Maas, said talks with the port authority had failed.")
    assert ("Piet Maas", "LEADS", "Harbour Workers Union") in r.triples
    assert ("Piet Maas", "LEADS", "Labour Court") not in r.triples


def test_the_subject_after_a_dateline_is_the_body_its_post_refers_to(extract) -> None:
    r = extract("VALLETTA, May 4 (Island Wire) - The Coastal Fishers Federation has asked the Maritime Tribunal "
                "to suspend the quota. Its leader, Rita Borg, warned that boats would stay in port.")
    assert ("Rita Borg", "LEADS", "Coastal Fishers Federation") in r.triples


def test_the_clubs_chairman_is_the_head_of_the_club_named_before(extract) -> None:
    r = extract("A district court ruled that the Lakeside Heritage Club had broken the law on associations. "
                "The club's chairman, Anton Weiss, said it would appeal.")
    assert ("Anton Weiss", "LEADS", "Lakeside Heritage Club") in r.triples


def test_with_no_body_opening_the_sentence_its_post_goes_to_the_body_named_last(extract) -> None:
    r = extract("Lawyers for the dismissed miners asked the Labour Court to rule quickly. "
                "Its president, Ana Lutz, said a hearing was set for June.")
    assert ("Ana Lutz", "LEADS", "Labour Court") in r.triples


# -- "His lawyer, X": a personal tie to the person the story is about ------------------------------------------


def test_his_lawyer_in_the_next_sentence_is_tied_to_the_person_the_story_is_about(extract) -> None:
    r = extract("Police arrested the blogger Jonas Berg in Tartu on Monday. Berg had criticised the mayor for "
                "months. Judge Anita Sepp refused bail on Tuesday. His lawyer, Maria Lenz, said the charges "
                "were invented.")
    assert ("Maria Lenz", "ASSOCIATED_WITH", "Jonas Berg") in r.triples
    assert ("Maria Lenz", "ASSOCIATED_WITH", "Anita Sepp") not in r.triples


def test_their_lawyer_is_tied_to_both_people_named_together(extract) -> None:
    r = extract("A court in Kaunas jailed the editors Jonas Berg and Ivo Kral for two years. Both men denied "
                "the charges. Their lawyer, Maria Lenz, said they would appeal.")
    assert {("Maria Lenz", "ASSOCIATED_WITH", "Jonas Berg"), ("Maria Lenz", "ASSOCIATED_WITH", "Ivo Kral")} \
        <= r.triples


def test_an_aide_after_her_in_the_same_sentence_serves_the_person_named_in_it(extract) -> None:
    r = extract("Senator Olga Brandt left the chamber early, and her aide, Tim Roth, said she was unwell.")
    assert ("Tim Roth", "ASSOCIATED_WITH", "Olga Brandt") in r.triples


def test_his_lawyer_with_no_one_named_before_is_tied_to_no_one(extract) -> None:
    r = extract("His lawyer, Maria Lenz, said the ruling would be appealed.")
    assert not any(t[1] == "ASSOCIATED_WITH" for t in r.triples)
