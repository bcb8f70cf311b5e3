"""Round 18 (E): an adjective opening a sentence before "talks between A and B" ("Indirect talks ...") is no
one-word body."""

from __future__ import annotations


def test_adjective_before_talks_between_is_no_actor(extract) -> None:
    r = extract("Indirect talks between Chile and Peru mediated by Bolivia broke down last year.")
    assert "Indirect" not in r.kinds
    assert {("Chile", "NEGOTIATES_WITH", "Peru"), ("Peru", "NEGOTIATES_WITH", "Chile")} & r.triples


def test_one_word_body_before_talks_with_kept(extract) -> None:
    r = extract("Hamas talks with Israel resumed on Monday.")
    assert r.kinds.get("Hamas") == "Organization"
