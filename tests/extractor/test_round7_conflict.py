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
