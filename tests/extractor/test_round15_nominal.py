"""Round 15, nominalisations: a relation told by a noun phrase keeps its agent and target when the agent comes
in a by-phrase, right after the noun or after its object (benchmarks/probes_nominal.py)."""

from __future__ import annotations


def test_a_by_phrase_right_after_the_noun_names_its_agent(extract) -> None:
    r = extract("The raid by Bolivia on Paraguay shocked diplomats.")
    assert ("Bolivia", "ATTACKS", "Paraguay") in r.triples
    r = extract("The accusations by Uruguay against Argentina surprised observers.")
    assert ("Uruguay", "ACCUSES", "Argentina") in r.triples
    assert ("Argentina", "ACCUSES", "Uruguay") not in r.triples


def test_a_by_phrase_after_the_nouns_object_names_its_agent(extract) -> None:
    r = extract("The strikes on Paraguay by Bolivia shocked diplomats.")
    assert ("Bolivia", "ATTACKS", "Paraguay") in r.triples
    r = extract("The accusations against Argentina by Uruguay surprised observers.")
    assert ("Uruguay", "ACCUSES", "Argentina") in r.triples


def test_a_planned_or_mooted_noun_is_hypothetical(extract) -> None:
    r = extract("Bolivia's planned negotiations with Paraguay drew comment.")
    assert r.rel("Bolivia", "NEGOTIATES_WITH", "Paraguay").status.value == "hypothetical"
    r = extract("Uruguay's mooted deal with Argentina drew comment.")
    assert r.rel("Uruguay", "AGREES_WITH", "Argentina").status.value == "hypothetical"


def test_an_alleged_or_planned_attack_is_still_a_noun(extract) -> None:
    r = extract("The alleged raid by Bolivia on Paraguay drew comment.")
    assert r.rel("Bolivia", "ATTACKS", "Paraguay").status.value == "alleged"
    r = extract("Bolivia's planned strikes on Paraguay drew comment.")
    assert r.rel("Bolivia", "ATTACKS", "Paraguay").status.value == "hypothetical"


def test_a_demonym_before_an_act_noun_is_its_state(extract) -> None:
    r = extract("The Bolivian offensive against Paraguay drew comment.")
    assert ("Bolivia", "ATTACKS", "Paraguay") in r.triples
    r = extract("Argentine backing for the Southern Front drew comment.")
    assert ("Argentina", "SUPPORTS", "Southern Front") in r.triples


def test_criticism_of_names_the_one_criticised(extract) -> None:
    r = extract("Uruguay's condemnation of Argentina drew comment.")
    assert ("Uruguay", "ACCUSES", "Argentina") in r.triples
    r = extract("The criticism of Argentina by Uruguay drew comment.")
    assert ("Uruguay", "ACCUSES", "Argentina") in r.triples


def test_a_noun_with_its_by_phrase_before_the_preposition(extract) -> None:
    r = extract("The inquiry by Bolivia into the Southern Front drew comment.")
    assert ("Bolivia", "INVESTIGATES", "Southern Front") in r.triples
    r = extract("The threats by Uruguay against Argentina drew comment.")
    assert ("Uruguay", "THREATENS", "Argentina") in r.triples


def test_a_participle_before_to_leaves_the_verb(extract) -> None:
    r = extract("Chile designated the Northern Front, a group alleged to involve Tomas Vidal, a terrorist group.")
    assert any(t == "ASSOCIATED_WITH" for _, t, _ in r.triples)
