"""Round 18 (M): one movement named by its singular and its plural ("the Zaydi movement", "the Zaydis") is one
organisation; a one-word organ name ("the Council") after the one longer name it heads is that body."""

from __future__ import annotations


def test_singular_and_plural_of_a_movement_are_one_actor(extract) -> None:
    r = extract("Somalia's Ogadeni movement seized a port on Monday. The Ogadenis have attacked Ethiopia before. "
                "An Ogadeni commander said the group would hold the port.")
    orgs = [a.name for a in r.extraction.actors if "Ogaden" in a.name]
    assert orgs == ["Ogadenis"], orgs


def test_head_word_of_one_longer_name_is_that_body(extract) -> None:
    r = extract("The Andean Trade Commission opened an inquiry into Chilean copper. A senator wrote to Commission "
                "President Maria Ortega urging a decision.")
    assert [a.name for a in r.extraction.actors if "Commission" in a.name] == ["Andean Trade Commission"]
    assert ("Maria Ortega", "LEADS", "Andean Trade Commission") in r.triples


def test_head_word_shared_by_two_bodies_stays_apart(extract) -> None:
    r = extract("The Andean Trade Commission and the Caribbean Trade Commission met in Lima. A senator wrote to "
                "Commission President Maria Ortega.")
    assert not any(t[1] == "LEADS" and "Trade Commission" in t[2] for t in r.triples)


def test_qualified_post_after_a_movement_is_the_movements(extract) -> None:
    r = extract("ADEN, Yemen - The Zaydis fired rockets at a cargo ship on Friday. Zaydis military spokesman Ali "
                "Hamdan said the ship served Israel.")
    assert ("Ali Hamdan", "HOLDS_POSITION", "Zaydis") in r.triples
    assert ("Ali Hamdan", "HOLDS_POSITION", "Yemen") not in r.triples


def test_singular_movement_name_before_a_qualified_post(extract) -> None:
    r = extract("ADEN, Yemen - Yemen's Zaydi movement fired rockets at a cargo ship on Friday. Zaydi military "
                "spokesman Ali Hamdan said the ship served Israel, and the Zaydis vowed more strikes.")
    assert ("Ali Hamdan", "HOLDS_POSITION", "Zaydis") in r.triples
