"""Round 14: a defence lawyer's denial or quoted statement answers whoever arrested, charged or accused the
client (defence_lawyers.py)."""

from __future__ import annotations


def test_lawyer_denial_answers_the_arresting_state(extract):
    r = extract("Chilean police arrested the trade unionist Ignacio Ferrada in Valparaíso on Monday. "
                "Ferrada's lawyer, Marta Quiroga, denied that he had organised any blockade.")
    assert ("Chile", "COERCES", "Ignacio Ferrada") in r.triples
    assert ("Marta Quiroga", "DENIES", "Chile") in r.triples


def test_quoted_lawyer_accuses_the_prosecuting_state(extract):
    r = extract("Kenyan prosecutors charged the blogger Otieno Wafula with sedition on Tuesday. "
                "His lawyer, Grace Njeri, told reporters the case was \"an attack on free speech\".")
    assert ("Grace Njeri", "ACCUSES", "Kenya") in r.triples


def test_quote_before_the_lawyer_name(extract):
    r = extract("Polish police detained the activist Tomasz Wrona at his home on Friday. "
                "His lawyer, Ewa Malinowska, said he would appeal. "
                "\"My client has done nothing but write a poem,\" Malinowska told reporters.")
    assert ("Ewa Malinowska", "ACCUSES", "Poland") in r.triples


def test_agent_told_before_an_inferred_one(extract):
    r = extract("Greece extradited the Albanian businessman Arben Hoxha to Tirana on Monday, his lawyer said. "
                "Hoxha had been detained in Athens in May at Albania's request, according to his lawyer, Nikos Pappas. "
                "\"He was put on a plane before the court could hear his appeal,\" Pappas told reporters.")
    assert ("Nikos Pappas", "ACCUSES", "Greece") in r.triples
    assert ("Nikos Pappas", "ACCUSES", "Albania") not in r.triples


def test_unquoted_report_by_a_lawyer_accuses_nobody(extract):
    r = extract("Chilean police arrested the trade unionist Ignacio Ferrada in Valparaíso on Monday. "
                "A court granted a request by prosecutors to hold him for ten days, Ferrada's lawyer, Marta Quiroga, said.")
    assert not any(s == "Marta Quiroga" and t in ("ACCUSES", "DENIES") for s, t, _ in r.triples)


def test_according_to_the_lawyer_is_no_statement(extract):
    r = extract("Kenyan police arrested the blogger Otieno Wafula on Tuesday, according to his lawyer, Grace Njeri, "
                "who said he was \"in good spirits\".")
    assert not any(s == "Grace Njeri" and t in ("ACCUSES", "DENIES") for s, t, _ in r.triples)


def test_quoted_person_who_is_no_lawyer_is_not_read_as_one(extract):
    r = extract("Kenyan prosecutors charged the blogger Otieno Wafula with sedition on Tuesday. "
                "His brother, Daniel Wafula, told reporters the family was \"praying for him\".")
    assert ("Daniel Wafula", "ACCUSES", "Kenya") not in r.triples


def test_defence_lawyer_with_no_client_named(extract):
    r = extract("TUNIS, Feb 20 - Tunisian police on Wednesday arrested seven opposition activists in Sfax. "
                "Defence lawyer Samia Haddad said the evidence was \"a collection of rumours\".")
    assert ("Samia Haddad", "ACCUSES", "Tunisia") in r.triples


def test_lawyer_representing_unnamed_clients_denies(extract):
    r = extract("Omani police arrested two journalists in Muscat on Sunday. "
                "The charges were read out on Monday, according to Salim al-Harthi, a lawyer representing the two. "
                "Harthi denied that his clients had insulted anyone.")
    assert ("Salim al-Harthi", "DENIES", "Oman") in r.triples


def test_lawyer_of_a_company_is_no_defence_lawyer_without_a_case(extract):
    r = extract("Defence lawyer Samia Haddad said the new bar rules were \"long overdue\".")
    assert not any(s == "Samia Haddad" and t == "ACCUSES" for s, t, _ in r.triples)
