"""Round 11, actor recall: one-word names of bodies said once, found by the place they take in the sentence
(the party accused or asked to act, the body an affiliate belongs to, a body in apposition with "the ...
group", a body after "corporation"), and the places and people the same rules must leave alone."""

from __future__ import annotations

# -- a one-word name accused or asked to act is a body ----------------------------------------------------------


def test_a_one_word_name_accused_of_an_act_is_an_organisation(extract) -> None:
    r = extract("Lebanon's army said the shipment had crossed from the north. Beirut has accused Kataibra of "
                "running the route, a charge the movement rejects.")
    assert r.kinds.get("Kataibra") == "Organization"


def test_a_one_word_name_accused_together_with_a_group_is_an_organisation(extract) -> None:
    r = extract("Iraq has repeatedly accused Nujabar and allied militias of firing rockets at the airport.")
    assert r.kinds.get("Nujabar") == "Organization"


def test_a_one_word_name_asked_to_act_is_an_organisation(extract) -> None:
    r = extract("The interior minister said Nairobi would ask Afripol to circulate a wanted notice for the "
                "former governor if Kampala did not hand him over.")
    assert r.kinds.get("Afripol") == "Organization"


def test_a_place_after_a_preposition_is_not_taken_for_the_party_asked(extract) -> None:
    r = extract("The convoy was attacked near Garissa and the army asked residents to stay indoors.")
    assert "Garissa" not in r.kinds


def test_a_surname_accused_of_an_act_stays_the_person_named_before(extract) -> None:
    r = extract("Police arrested the businessman Peter Mwangi on Monday. Prosecutors accused Mwangi of "
                "laundering money for the cartel.")
    assert "Mwangi" not in r.kinds
    assert r.kinds.get("Peter Mwangi") == "Person"


# -- the body an affiliate or branch belongs to ------------------------------------------------------------------


def test_the_body_an_affiliate_belongs_to_is_an_organisation_with_its_article(extract) -> None:
    r = extract("The Sahel Liberation Front, al Mourabitoun's Saharan affiliate, claimed the raid on the "
                "garrison.")
    assert r.kinds.get("al Mourabitoun") == "Organization"


def test_a_persons_branch_of_the_family_is_not_a_body(extract) -> None:
    r = extract("Diallo said the ministry would review the deal on Friday.")
    assert all(kind != "Organization" for name, kind in r.kinds.items() if "Diallo" in name)


# -- a body in apposition with a definite description --------------------------------------------------------------


def test_a_name_described_as_the_militant_group_is_an_organisation(extract) -> None:
    r = extract("Ansarulla, the Kremlin-linked militant group operating in the north, threatened to attack "
                "Mozambican troops.")
    assert r.kinds.get("Ansarulla") == "Organization"


def test_a_person_described_as_the_groups_leader_is_a_person(extract) -> None:
    r = extract("Tembo, the movement's leader, told reporters the march would go ahead.")
    assert r.kinds.get("Tembo") != "Organization"
    r = extract("Carla Mendes, the party chairman, said the vote was rigged.")
    assert r.kinds.get("Carla Mendes") == "Person"


# -- a body named after "corporation" ------------------------------------------------------------------------------


def test_a_name_after_corporation_is_an_organisation(extract) -> None:
    r = extract("Opposition lawmakers sued to cancel a contract that gives a unit of China's state mining "
                "corporation Sinoxa the right to dig copper in the valley.")
    assert r.kinds.get("Sinoxa") == "Organization"
