"""Round 17: a named body referred back to by a description with a qualifier the reader knows it by — "the
opposition coalition", "the opposition alliance" after a named alliance, "the shadow government" after a body
whose name says government (never the state's own government). Before, the description was no mention and the
sentence had no subject."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, rel, target", [
    ("The People's Unity Bloc held a rally in Lusaka on Monday. The opposition alliance accused Zambia of rigging "
     "the vote.", "People's Unity Bloc", "ACCUSES", "Zambia"),
    ("The Civic Coalition met on Monday. The opposition coalition rejected Malawi's offer of talks.",
     "Civic Coalition", "REJECTS", "Malawi"),
    ("The Federal Unity Government said it would fight on. The shadow government urged ASEAN to suspend the "
     "junta.", "Federal Unity Government", "DEMANDS", "ASEAN"),
    ("The Provisional Government of Dravia met in Oslo. The exiled government accused Russia of torture.",
     "Provisional Government of Dravia", "ACCUSES", "Russia"),
])
def test_a_qualified_description_refers_back_to_the_named_body(extract, text, source, rel, target) -> None:
    assert (source, rel, target) in extract(text).triples



@pytest.mark.parametrize("verb", ["fired tear gas at", "fired rubber bullets at", "opened fire on"])
def test_a_crowds_relative_clause_is_the_crowds_not_the_forces(extract, verb) -> None:
    """ "police fired tear gas at hundreds of demonstrators who rallied in support of X": the crowd supports X; the
    state that fired on it did not (the preposition before the crowd hid it as the clause's subject)."""
    found = extract(f"Malian police {verb} hundreds of demonstrators who rallied in support of Idrissa Kone.").triples
    assert ("Mali", "SUPPORTS", "Idrissa Kone") not in found
    assert ("hundreds of demonstrators", "SUPPORTS", "Idrissa Kone") in found


@pytest.mark.parametrize("text", [
    "Zambian police fired tear gas at protesters outside parliament on Monday.",
    "Zambian police fired rubber bullets and water cannon at protesters in Lusaka.",
    "Zambian police arrested protesters outside the electoral commission.",
    "Zambian police dispersed marchers with batons on Monday.",
])
def test_force_on_an_uncounted_crowd_names_the_crowd(extract, text) -> None:
    """ "police fired tear gas at protesters": the crowd is a party (a Group) though no number counts it."""
    assert any(s == "Zambia" and t in ("protesters", "marchers") and rel == "COERCES"
               for s, rel, t in extract(text).triples)


def test_a_bare_count_is_never_the_doer_of_force(extract) -> None:
    found = extract("At least six people died when Zambian police fired tear gas at protesters in Lusaka.").triples
    assert not any(s == "At least six people" for s, _, _ in found)
    assert ("Zambia", "COERCES", "protesters") in found
