"""Round 16: a bare title's guessed state is dropped when the person acts on a named official of that state
("Trade Minister X met Guyanese President Y"): dealing with the state's official is dealing with the state,
as acting on the state itself already was."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rel", [
    ("Trade Minister Odile Brandt met Guyanese President Marcus Ferrier on Friday.", "MEETS_WITH"),
    ("Premier Odile Brandt held talks with Guyana's foreign minister, Marcus Ferrier, in a hotel.", "NEGOTIATES_WITH"),
    ("Labour Minister Odile Brandt threatened Guyanese Defence Minister Marcus Ferrier with arrest.", "THREATENS"),
])
def test_acting_on_a_named_official_is_acting_on_the_officials_state(extract, text, rel) -> None:
    res = extract(text)
    assert res.rel("Odile Brandt", rel, "Marcus Ferrier")
    assert not {t for t in res.triples if t[0] == "Odile Brandt" and t[1] in ("LEADS", "HOLDS_POSITION")}


def test_the_state_set_first_keeps_the_post(extract) -> None:
    res = extract("Suriname closed its border on Thursday. Trade Minister Odile Brandt met Guyanese President "
                  "Marcus Ferrier on Friday.")
    assert res.rel("Odile Brandt", "HOLDS_POSITION", "Suriname")
    assert ("Odile Brandt", "HOLDS_POSITION", "Guyana") not in res.triples
