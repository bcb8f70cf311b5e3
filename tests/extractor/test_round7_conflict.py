"""Round 7, coercion and conflict: constructions that recur across corpora written by different people."""

from __future__ import annotations

# --- an interrogation is an investigation of the one questioned


def test_questioned_in_the_passive_is_investigated_by_the_acting_state(extract) -> None:
    r = extract("Peru's prosecutors opened a case on Monday. The former mayor, Tomás Quispe, was questioned for "
                "nine hours about payments from a road builder.")
    assert ("Peru", "INVESTIGATES", "Tomás Quispe") in r.triples
    r = extract("Ghana tightened its border. Four traders were detained in Accra and are being questioned by "
                "investigators over the smuggling of gold.")
    assert ("Ghana", "INVESTIGATES", "Four traders") in r.triples


def test_summoned_or_held_for_questioning_is_investigated(extract) -> None:
    r = extract("Jordan's intelligence service summoned the editor Rania Khalil for questioning on Sunday.")
    assert ("Jordan", "INVESTIGATES", "Rania Khalil") in r.triples
    r = extract("Georgia's government raised the alarm. Two opposition organisers, Levan Beridze and Nino Gelashvili, "
                "were summoned for questioning on Thursday.")
    assert ("Georgia", "INVESTIGATES", "Levan Beridze") in r.triples
    assert ("Georgia", "INVESTIGATES", "Nino Gelashvili") in r.triples


def test_questioning_a_decision_is_no_interrogation(extract) -> None:
    r = extract("Senator Paula Moreno questioned the decision of Chile to buy the frigates.")
    assert not any(t == "INVESTIGATES" for _, t, _ in r.triples)
    r = extract("Austria questioned whether Hungary would keep its promise.")
    assert ("Austria", "INVESTIGATES", "Hungary") not in r.triples


# --- an attack that kills a state's unnamed soldiers is an attack on that state


def test_killing_unnamed_soldiers_attacks_the_state_the_article_is_set_in(extract) -> None:
    r = extract("Mali's junta extended a curfew in the north. The Azawad Liberation Front ambushed a supply convoy "
                "near Kidal on Friday, killing six soldiers, local officials said.")
    assert ("Azawad Liberation Front", "ATTACKS", "Mali") in r.triples
    r = extract("NIAMEY, May 3 - The Sahel Resistance Movement attacked an army post near Tillaberi, "
                "killing eleven soldiers and two police officers.")
    assert ("Sahel Resistance Movement", "ATTACKS", "Niger") in r.triples


def test_killing_rebels_or_soldiers_with_no_state_in_view_attacks_no_state(extract) -> None:
    r = extract("Chad's army said it raided a camp of the Tibesti Liberation Council, killing twelve fighters.")
    assert ("Tibesti Liberation Council", "ATTACKS", "Chad") not in r.triples  # the rebels are the ones killed
    r = extract("The Ember Brigades ambushed a convoy at dawn, killing four soldiers.")
    assert not [o for s, t, o in r.triples if s == "Ember Brigades" and t == "ATTACKS"]  # no state named anywhere


# --- unnamed state agents: security agents, officers and guards with a state modifier act for their state


def test_state_security_agents_and_border_guards_act_for_their_state(extract) -> None:
    r = extract("Nicaragua's government expelled two foreign reporters last month. State security officers detained "
                "the poet Rafael Montoya at his home in Masaya on Friday, his wife said.")
    assert ("Nicaragua", "COERCES", "Rafael Montoya") in r.triples
    r = extract("Uzbek border guards detained three Kyrgyz herders near the river on Monday.")
    assert ("Uzbekistan", "COERCES", "three Kyrgyz herders") in r.triples


def test_an_official_speaks_of_their_own_states_agencies(extract) -> None:
    r = extract("Moldova's interior minister, Ion Ceban, said state agencies had arrested the smuggler Petru Lungu.")
    assert ("Moldova", "COERCES", "Petru Lungu") in r.triples
    assert ("Ion Ceban", "COERCES", "Petru Lungu") not in r.triples


def test_officers_or_guards_without_a_state_modifier_are_nobody_in_particular(extract) -> None:
    r = extract("Armenia reopened the crossing. Rebel guards detained two aid workers, Anna Sarkisian and Lena Vos.")
    assert ("Armenia", "COERCES", "Anna Sarkisian") not in r.triples
