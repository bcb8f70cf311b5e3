"""Round 16: a sentence opening with a subordinate clause ("If / Once / Because / After X <verb>, <main clause>").

- "Once" and "Whenever" open a clause; they are no part of the name after them ("Once the Harbour Workers Front
  refused, ...": the Harbour Workers Front).
- An act inside the opening clause looks for its object only up to the clause's comma: "If Moldova refuses, Romania
  will sanction it" is no refusal of Romania (before, the main clause's subject was taken for the object). A
  refusal with nothing refused still answers an earlier demand in discourse, and a target inside the clause stays."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Once the Harbour Workers Front walked out, Moldova sanctioned it.",
    "Whenever the Harbour Workers Front marched, Moldova sanctioned it.",
])
def test_a_subordinator_opening_the_sentence_is_no_part_of_a_name(extract, text) -> None:
    kinds = extract(text).kinds
    assert "Harbour Workers Front" in kinds
    assert not any(name.startswith(("Once", "Whenever")) for name in kinds)


@pytest.mark.parametrize("text, clause_act, main_act", [
    ("If Moldova refuses, Romania will sanction it.", ("Moldova", "REJECTS", "Romania"), ("Romania", "SANCTIONS", "Moldova")),
    ("Because Moldova refused to comply, Romania imposed sanctions on it.", ("Moldova", "REJECTS", "Romania"),
     ("Romania", "SANCTIONS", "Moldova")),
    ("When Moldova protested, Romania accused it of lying.", ("Moldova", "PROTESTS", "Romania"),
     ("Romania", "ACCUSES", "Moldova")),
    ("Whenever the Harbour Workers Front attacks, Romania sanctions it.", ("Harbour Workers Front", "ATTACKS", "Romania"),
     ("Romania", "SANCTIONS", "Harbour Workers Front")),
])
def test_an_act_in_an_opening_clause_takes_no_target_from_the_main_clause(extract, text, clause_act, main_act) -> None:
    found = extract(text).triples
    assert main_act in found
    assert clause_act not in found


def test_an_opening_clause_keeps_the_target_it_names(extract) -> None:
    assert ("Moldova", "ATTACKS", "Ukraine") in extract("After Moldova attacked Ukraine, Romania sanctioned it.").triples


def test_a_refusal_in_an_opening_clause_still_answers_the_earlier_demand(extract) -> None:
    text = "Romania urged Moldova to recall its envoy. Because Moldova refused, Romania sanctioned it."
    assert ("Moldova", "REJECTS", "Romania") in extract(text).triples
