"""Round 18 (F): a name after ", and" that a finite verb follows opens a clause of its own; it is not one more
target of the verb before ("Chile backed Peru, and Bolivia later moved to reopen talks")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("tail", ["later moved to reopen talks", "said it would stay neutral",
                                  "last year moved to reopen its embassy", "has since recalled its envoy",
                                  "on Tuesday announced new tariffs"])
def test_new_clause_subject_is_no_target(extract, tail: str) -> None:
    r = extract(f"Ecuador backed Uruguay, and Paraguay {tail}.")
    assert ("Ecuador", "SUPPORTS", "Uruguay") in r.triples
    assert ("Ecuador", "SUPPORTS", "Paraguay") not in r.triples


def test_troops_sent_to_support_then_a_company_clause(extract) -> None:
    r = extract("Ecuadorian troops were deployed to support Uruguayan forces, and Pampa Energy moved to restart "
                "its gas plant.")
    assert not any(t[2] == "Pampa Energy" for t in r.triples)


def test_plain_lists_still_coordinate(extract) -> None:
    r = extract("Ecuador sanctioned Uruguay, Paraguay and Bolivia on Monday.")
    assert {("Ecuador", "SANCTIONS", c) for c in ("Uruguay", "Paraguay", "Bolivia")} <= r.triples
