"""Round ten, force and law: a suspension read by what it hits (an outlet or official is coerced, a member state
sanctioned); attacks told by who claims or carried them out; forces massed near a border against the story's other
state; no party in a bare count of people arrested or attacked."""

from __future__ import annotations


def test_suspending_an_outlet_or_an_official_coerces_it(extract) -> None:
    r = extract("Guinea's ruling council has suspended Radio Kaloum Libre and expelled two foreign reporters.")
    assert ("Guinea", "COERCES", "Radio Kaloum Libre") in r.triples
    assert ("Guinea", "SANCTIONS", "Radio Kaloum Libre") not in r.triples
    r = extract("The state port operator Ocean Terminals Company said on Monday it had suspended Marta Viegas while auditors "
                "examine the contracts.")
    assert ("Ocean Terminals Company", "COERCES", "Marta Viegas") in r.triples
    r = extract("Nicaragua suspended the newspaper La Voz del Lago on Friday, its editor said.")
    assert ("Nicaragua", "COERCES", "La Voz del Lago") in r.triples


def test_a_suspension_that_did_not_happen_or_of_a_state_is_no_coercion(extract) -> None:
    r = extract("President Tomas Varga said he would not suspend Interior Minister Janos Keleti over the leak.")
    assert not [t for t in r.triples if t[1] in ("COERCES", "SANCTIONS") and t[2] == "Janos Keleti"]
    r = extract("The Economic Community of West African States suspended Guinea after the coup.")
    assert ("Economic Community of West African States", "SANCTIONS", "Guinea") in r.triples
    assert not [t for t in r.triples if t[1] == "COERCES"]


def test_claiming_or_carrying_out_an_attack_is_an_attack(extract) -> None:
    r = extract("Niger's army lost six soldiers in the north last week. The Sahel Freedom Front said in a statement on "
                "Monday that it had carried out an attack on an army post near Tillia.")
    assert ("Sahel Freedom Front", "ATTACKS", "Niger") in r.triples
    r = extract("Turkey, which has carried out repeated air strikes on militant camps inside Iraq since 2019, denied "
                "the report.")
    assert ("Turkey", "ATTACKS", "Iraq") in r.triples
    r = extract("The Panama-flagged tanker Blue Heron was struck by a drone off the coast on Friday, and the Houthis "
                "claimed responsibility.")
    assert ("Houthis", "ATTACKS", "Blue Heron") in r.triples


def test_owning_a_loss_an_audit_or_an_unnamed_target_is_no_attack(extract) -> None:
    r = extract("Chile's interior ministry said on Monday that it had carried out an audit of the police budget. "
                "The National Renewal party took responsibility for its defeat in Chile's regional vote.")
    assert not [t for t in r.triples if t[1] == "ATTACKS"]
    r = extract("Kenya's police chief met reporters in Nairobi. The Coast Liberation Army claimed responsibility for "
                "the attacks, a spokesman said.")
    assert not [t for t in r.triples if t[1] == "ATTACKS"]


def test_massing_forces_near_a_border_mobilizes_against_the_other_state(extract) -> None:
    r = extract("Armenia and Azerbaijan traded accusations over the talks. Armenia accused Azerbaijan on Friday of "
                "massing troops near the border village of Tegh.")
    assert ("Azerbaijan", "MOBILIZES_AGAINST", "Armenia") in r.triples
    r = extract("Belize has protested to Guatemala over the dispute. Belize's foreign minister said Guatemala was "
                "concentrating forces along the frontier.")
    assert ("Guatemala", "MOBILIZES_AGAINST", "Belize") in r.triples
    r = extract("Laos closed the crossing. Vietnam said the Lao army's Northern Command had moved tanks toward the "
                "border overnight.")
    assert any(t[1] == "MOBILIZES_AGAINST" and t[2] == "Vietnam" for t in r.triples)


def test_troops_sent_under_a_truce_or_only_asked_for_mobilize_against_no_one(extract) -> None:
    r = extract("Israel and Lebanon agreed a truce. The Lebanese army has deployed additional troops to the border "
                "area.")
    assert not [t for t in r.triples if t[1] == "MOBILIZES_AGAINST"]
    r = extract("Spain and Morocco disagree on migration. The mayor of Melilla asked Madrid to send army units to "
                "reinforce the border fence.")
    assert not [t for t in r.triples if t[1] == "MOBILIZES_AGAINST"]


def test_force_on_a_bare_count_of_people_names_no_party(extract) -> None:
    r = extract("Ghanaian police arrested 31 people in Kumasi on Sunday after the clashes.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
    assert not [a for a in r.extraction.actors if a.kind == "Group"]
    r = extract("Bolivian soldiers detained two men near the Chilean border on Friday.")
    assert not [t for t in r.triples if t[1] == "COERCES"]


def test_hostages_and_described_people_stay_patients(extract) -> None:
    r = extract("The Ruvu Front stormed a bus in Tanzania on Sunday, taking at least 15 people hostage.")
    assert ("Ruvu Front", "COERCES", "at least 15 people") in r.triples
    r = extract("Ghanaian police arrested 14 opposition activists in Kumasi on Sunday.")
    assert ("Ghana", "COERCES", "14 opposition activists") in r.triples
