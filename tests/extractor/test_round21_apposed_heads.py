"""Round 21: "the group" after "the X Front, an offshoot of the Y Movement" is the X Front, which the apposition
only describes (apposition_heads.part_apposition_head), not the Y the description names last."""


def test_group_leader_after_a_remnant_apposition(extract) -> None:
    r = extract("Peruvian troops raided a camp of the Red Dawn Front (RDF), a remnant of the Shining Path "
                "insurgency, on Saturday. Officials said the group's leader, Mario Quispe, had escaped.")
    assert ("Mario Quispe", "LEADS", "Red Dawn Front") in r.triples
    assert ("Mario Quispe", "LEADS", "Shining Path") not in r.triples


def test_group_as_subject_after_an_offshoot_apposition(extract) -> None:
    r = extract("Peru arrested five members of the Red Dawn Front, an offshoot of the Andean People's Movement, "
                "on Saturday. The group accused Peru of torture.")
    assert ("Red Dawn Front", "ACCUSES", "Peru") in r.triples


def test_group_as_object_after_a_faction_apposition(extract) -> None:
    r = extract("Chile banned the Sol Brigade, a breakaway faction of the Andean People's Movement, in May. "
                "Peru later accused the group of smuggling arms.")
    assert ("Peru", "ACCUSES", "Sol Brigade") in r.triples


def test_the_apposed_body_named_again_stays_itself(extract) -> None:
    r = extract("Peru arrested members of the Red Dawn Front, an offshoot of the Andean People's Movement. "
                "The Andean People's Movement denied any link and the movement accused Peru of lying.")
    assert ("Andean People's Movement", "ACCUSES", "Peru") in r.triples
