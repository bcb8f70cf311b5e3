"""Round 16: a "they" opening a sentence (or its clause, after "On Monday," / "Later,") stands for the previous
sentence's plural subject — two coordinated actors (each of them acts), or a body through its members ("The X
Front's fighters ... They"). A "they" after one person, or after a report by unnamed officials, names nobody.
Before, a coordinated subject gave no antecedent, the clause-initial "they" was never read as a subject, and
"Both countries signed ..." acted for the first of the two only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rel", [
    ("Ghana and Togo sent warships to the gulf. They later shelled Cameroon.", "ATTACKS"),
    ("Ghana and Togo sent warships to the gulf. They also threatened Cameroon with a blockade.", "THREATENS"),
    ("Two coastal states, Ghana and Togo, sent warships to the gulf. They then accused Cameroon of piracy.", "ACCUSES"),
    ("Ghana and Togo sent warships to the gulf. On Friday, they shelled Cameroon.", "ATTACKS"),
])
def test_they_after_a_coordinated_subject_is_each_of_them(extract, text, rel) -> None:
    triples = extract(text).triples
    assert ("Ghana", rel, "Cameroon") in triples and ("Togo", rel, "Cameroon") in triples


@pytest.mark.parametrize("text", [
    "The Coastal Liberation Front's fighters overran the port. They later shelled Cameroon.",
    "Fighters of the Coastal Liberation Front overran the port. Later, they shelled Cameroon.",
])
def test_they_after_a_body_through_its_members_is_the_body(extract, text) -> None:
    assert ("Coastal Liberation Front", "ATTACKS", "Cameroon") in extract(text).triples


def test_both_countries_as_subject_is_each_of_them(extract) -> None:
    text = "Ghana and Togo are the gulf's main naval powers. Both countries signed a fisheries accord with Cameroon."
    triples = extract(text).triples
    assert ("Ghana", "AGREES_WITH", "Cameroon") in triples and ("Togo", "AGREES_WITH", "Cameroon") in triples


@pytest.mark.parametrize("text, forbidden", [
    ("Odile Brandt accused Togo of piracy. They later shelled Cameroon.", {"Odile Brandt", "Togo"}),
    ("Ghana and Togo signed a fisheries accord, officials said. They said Cameroon had shelled the port.",
     {"Ghana", "Togo"}),
])
def test_they_without_a_plural_antecedent_names_nobody(extract, text, forbidden) -> None:
    sources = {s for s, t, o in extract(text).triples if o == "Cameroon" and t in ("ATTACKS", "ACCUSES")}
    assert not sources & forbidden


@pytest.mark.parametrize("second, rel, status", [
    ("They have shelled Cameroon.", "ATTACKS", "asserted"),
    ("They will not sanction Cameroon.", "SANCTIONS", "negated"),
    ("They had earlier accused Cameroon of piracy.", "ACCUSES", "asserted"),
])
def test_they_with_an_auxiliary_is_a_subject_too(extract, second, rel, status) -> None:
    result = extract(f"Ghana and Togo sent warships to the gulf. {second}")
    assert result.rel("Ghana", rel, "Cameroon").status == result.rel("Togo", rel, "Cameroon").status == status


def test_it_with_an_auxiliary_is_the_body_opening_the_last_sentence(extract) -> None:
    assert ("Coastal Liberation Front", "ATTACKS", "Cameroon") in extract(
        "The Coastal Liberation Front overran the port. It has shelled Cameroon.").triples


@pytest.mark.parametrize("text", [
    'Ghana moved warships into the gulf. "They have shelled Cameroon," Odile Brandt said.',
    "Ghana moved warships into the gulf. “They have shelled Cameroon,” Odile Brandt said.",
])
def test_quoted_they_is_the_state_the_last_sentence_opened_with(extract, text) -> None:
    triples = extract(text).triples
    assert ("Ghana", "ATTACKS", "Cameroon") in triples and ("Odile Brandt", "ATTACKS", "Cameroon") not in triples


def test_quoted_they_is_not_a_state_named_after_the_subject(extract) -> None:
    text = 'Odile Brandt accused Togo of lying. "They have shelled Cameroon," Kwame Asante said.'
    assert not {s for s, t, o in extract(text).triples if t == "ATTACKS"}
