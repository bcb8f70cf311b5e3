"""Round 17 (lead): "X, whose country chairs the bloc" is X's country acting, not X; a call for a ceasefire is made
of the sides of a conflict, never of the speaker's own state."""

from __future__ import annotations


def test_whose_country_is_not_the_person(extract) -> None:
    r = extract("Thai Foreign Minister Anan Siriwat, whose country chairs the Mekong River Commission this year, "
                "spoke to reporters.")
    assert ("Anan Siriwat", "LEADS", "Mekong River Commission") not in r.triples


def test_call_for_ceasefire_is_not_made_of_own_state(extract) -> None:
    r = extract("Thai Foreign Minister Anan Siriwat called for an immediate ceasefire.")
    assert ("Anan Siriwat", "DEMANDS", "Thailand") not in r.triples
    assert ("Anan Siriwat", "HOLDS_POSITION", "Thailand") in r.triples
