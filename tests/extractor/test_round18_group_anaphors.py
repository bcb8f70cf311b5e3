"""Round 18 (F): ", a spokesman for the group" does not introduce the name before it as a group; "the group" keeps
meaning the body already called so even when that body is named again in its sentence; smuggled goods get no
recipient guessed from the story."""

from __future__ import annotations


def test_group_is_not_the_platform_of_a_post(extract) -> None:
    r = extract("The Black Condors rejected the charges. In a message on WhatsApp, a spokesman for the group said "
                "Peru was lying. In May Peru ruled that the Black Condors had kidnapped civilians and sanctioned "
                "the group's commander.")
    assert not any("WhatsApp" in (t[0], t[2]) for t in r.triples if t[1] != "ASSOCIATED_WITH")


def test_smuggling_has_no_guessed_recipient(extract) -> None:
    r = extract("Peru may hold talks with Chile next month. Peru on Friday imposed sanctions on the Black Condors, "
                "accusing them of smuggling fuel across the border.")
    assert not any(t[1] == "AIDS" for t in r.triples)
