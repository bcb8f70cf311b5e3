"""Round 17 (lead): inquiries and blocked acts in wire shapes. A person named after "investigation into" is the one
investigated (not a place); "investigations" and "prosecutors" are nouns, never the verb "investigate"; a noun
act kept from happening ("accused Y of blocking sanctions on Z") has no agent but its own modifier."""

from __future__ import annotations


def test_investigation_into_a_person(extract) -> None:
    r = extract("Bolivia opened an investigation into Teodora Mamani on Friday.")
    assert ("Bolivia", "INVESTIGATES", "Teodora Mamani") in r.triples
    r = extract("Bolivia launched investigations into Teodora Mamani and two aides.")
    assert ("Bolivia", "INVESTIGATES", "Teodora Mamani") in r.triples


def test_the_noun_investigations_is_no_verb(extract) -> None:
    r = extract("Uruguay's president, Jorge Benitez, took office in March. Attorney General Lidia Paz, whom Canada "
                "sanctioned for obstructing investigations, has clashed with Benitez.")
    assert ("Canada", "SANCTIONS", "Lidia Paz") in r.triples
    assert ("Canada", "INVESTIGATES", "Lidia Paz") not in r.triples


def test_blocked_sanctions_have_no_agent(extract) -> None:
    r = extract("Chile accused Paraguay of blocking sanctions against Bolivia.")
    assert ("Chile", "ACCUSES", "Paraguay") in r.triples
    assert not any(t[1] == "SANCTIONS" for t in r.triples)


def test_blocked_sanctions_keep_their_own_modifier(extract) -> None:
    r = extract("Hungary vetoed new EU sanctions on Belarus.")
    assert r.rel("EU", "SANCTIONS", "Belarus").status.value == "hypothetical"


def test_legal_action_and_lawsuits_are_proceedings(extract) -> None:
    r = extract("The European Commission on Tuesday launched legal action against Malta over its passport scheme.")
    assert ("European Commission", "INVESTIGATES", "Malta") in r.triples
    # a lawsuit is a party's complaint since round 26 (the gold of corpus_blind10/11 reads "sued X" and "filed a
    #   civil lawsuit against X" as PROTESTS)
    r = extract("Latvia filed a lawsuit against the European Commission at the bloc's top court.")
    assert ("Latvia", "PROTESTS", "European Commission") in r.triples


def test_modal_before_the_verb_that_governs_a_noun(extract) -> None:
    r = extract("Portugal could reimpose United Nations sanctions on Eritrea.")
    assert r.rel("United Nations", "SANCTIONS", "Eritrea").status.value == "hypothetical"
    r = extract("Portugal reimposed United Nations sanctions on Eritrea.")
    assert r.rel("United Nations", "SANCTIONS", "Eritrea").status.value == "asserted"
