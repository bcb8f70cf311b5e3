"""Round 19 (O): an act summed up by a noun and then answered (", a move Chile protested") is answered to the
subject of the clause it sums up, not to that clause's object (fronted_objects.summed_up_act)."""

from __future__ import annotations


def test_protested_move_is_against_the_expeller(extract) -> None:
    r = extract("Bolivia deported hundreds of Paraguayan farm workers in March, a move Paraguay protested.")
    assert ("Paraguay", "PROTESTS", "Bolivia") in r.triples
    assert not any(t[0] == "Paraguay" and t[1] == "PROTESTS" and t[2] != "Bolivia" for t in r.triples)


def test_condemned_decision_after_a_demonym_object(extract) -> None:
    r = extract("Bolivia expelled Paraguayan diplomats on Monday, a decision Paraguay condemned.")
    assert ("Paraguay", "ACCUSES", "Bolivia") in r.triples


def test_answerer_with_an_article(extract) -> None:
    r = extract("Bolivia closed its border with Brazil on Friday, a step the Brazilian government denounced.")
    assert ("Brazil", "ACCUSES", "Bolivia") in r.triples


def test_an_offer_is_still_answered_to_the_one_who_offered(extract) -> None:
    r = extract("Bolivia asked the Security Council to meet, a request Paraguay opposed.")
    assert ("Paraguay", "REJECTS", "Bolivia") in r.triples
    assert ("Paraguay", "REJECTS", "Security Council") not in r.triples
