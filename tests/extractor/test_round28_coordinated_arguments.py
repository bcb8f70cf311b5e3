"""Round 28: arguments shared by coordinated actors for every relation type (verb_subjects, plural_speakers,
accused_conjuncts): a subject list ending in an "-ly" name is no adverb before a joined verb, a "they" reported by
coordinated speakers is each of them, and "accused A of X and B of Y" accuses B too."""

import pytest


@pytest.mark.parametrize("verb, rel", [("accused Peru of lying", "ACCUSES"), ("sanctioned Peru", "SANCTIONS"),
                                       ("urged Peru to free the crew", "DEMANDS")])
def test_subject_list_ending_in_ly(extract, verb: str, rel: str) -> None:
    r = extract(f"Spain and Italy {verb} on Monday.")
    assert ("Spain", rel, "Peru") in r.triples
    assert ("Italy", rel, "Peru") in r.triples


def test_person_ending_in_ly_in_a_subject_list(extract) -> None:
    r = extract("Diego Soto and Anna Kelly accused Peru of lying.")
    assert {("Diego Soto", "ACCUSES", "Peru"), ("Anna Kelly", "ACCUSES", "Peru")} <= r.triples


def test_adverb_before_a_joined_verb_still_joins(extract) -> None:
    r = extract("Chile backed Peru and swiftly accused Bolivia of lying.")
    assert ("Chile", "ACCUSES", "Bolivia") in r.triples
    assert ("Peru", "ACCUSES", "Bolivia") not in r.triples


@pytest.mark.parametrize("said", ["said", "said on Monday that", "said in a joint statement that"])
def test_they_of_coordinated_speakers(extract, said: str) -> None:
    r = extract(f"Norway, Denmark and Japan {said} they would impose sanctions on Chile.")
    for state in ("Norway", "Denmark", "Japan"):
        assert (state, "SANCTIONS", "Chile") in r.triples


def test_they_of_coordinated_speakers_carries_to_a_joined_verb(extract) -> None:
    r = extract("Spain and Portugal said in a joint statement that they condemned Chile and urged Peru to withdraw.")
    assert {("Spain", "ACCUSES", "Chile"), ("Portugal", "ACCUSES", "Chile"),
            ("Spain", "DEMANDS", "Peru"), ("Portugal", "DEMANDS", "Peru")} <= r.triples


def test_it_of_coordinated_speakers_is_not_them(extract) -> None:
    r = extract("Spain and Portugal said it had attacked Chile.")
    assert ("Spain", "ATTACKS", "Chile") not in r.triples


def test_they_of_one_person_after_a_day_is_somebody_else(extract) -> None:
    r = extract("Anna Soto, a Spanish lawyer, said on Monday that they would impose sanctions on Chile.")
    assert ("Anna Soto", "SANCTIONS", "Chile") not in r.triples


def test_accusation_distributed_over_pairs(extract) -> None:
    r = extract("Chile accused Peru of shelling the port and Bolivia of harbouring the gunmen.")
    assert {("Chile", "ACCUSES", "Peru"), ("Chile", "ACCUSES", "Bolivia")} <= r.triples
    assert ("Peru", "ATTACKS", "Bolivia") not in r.triples  # Bolivia is no object of the shelling


def test_accusation_distributed_over_a_list(extract) -> None:
    r = extract("Chile has accused Peru of espionage, Bolivia of sabotage and the Sky Militia of smuggling.")
    assert {("Chile", "ACCUSES", "Peru"), ("Chile", "ACCUSES", "Bolivia"),
            ("Chile", "ACCUSES", "Sky Militia")} <= r.triples


def test_objects_of_the_charged_act_are_not_accused(extract) -> None:
    r = extract("Chile accused Peru of supplying weapons to Bolivia and Ecuador.")
    assert ("Peru", "AIDS", "Ecuador") in r.triples
    assert ("Chile", "ACCUSES", "Ecuador") not in r.triples


def test_a_new_clause_after_the_charge(extract) -> None:
    r = extract("Chile accused Peru of arming the rebels and Bolivia said it had seen no proof.")
    assert ("Chile", "ACCUSES", "Bolivia") not in r.triples


def test_reported_relative_clause_on_a_list(extract) -> None:
    r = extract("Chile sanctioned Alpha Holdings and Beta Trading, which it said had sold weapons to the Sky Militia.")
    assert {("Chile", "ACCUSES", "Alpha Holdings"), ("Chile", "ACCUSES", "Beta Trading")} <= r.triples
    assert ("Alpha Holdings", "ACCUSES", "Beta Trading") not in r.triples


@pytest.mark.parametrize("remit", ["trade", "commerce", "interior"])
def test_demonym_ministry_of_a_remit_is_the_state(extract, remit: str) -> None:
    r = extract(f"The Chinese {remit} ministry blacklisted Alpha Holdings, which it accused of selling drones to Peru.")
    assert ("China", "SANCTIONS", "Alpha Holdings") in r.triples
    assert ("China", "ACCUSES", "Alpha Holdings") in r.triples


def test_list_member_named_after_its_kind(extract) -> None:
    r = extract("Chile imposed sanctions on Alpha Air, the state shipping line Beta Lines and two Peruvian officials.")
    assert {("Chile", "SANCTIONS", "Alpha Air"), ("Chile", "SANCTIONS", "Beta Lines")} <= r.triples


def test_described_firm_in_an_apposition_is_no_member(extract) -> None:
    r = extract("Chile sanctioned Juan Perez, the owner of the Bolivian firm Beta Lines, on Monday.")
    assert ("Chile", "SANCTIONS", "Juan Perez") in r.triples
    assert ("Chile", "SANCTIONS", "Beta Lines") not in r.triples
