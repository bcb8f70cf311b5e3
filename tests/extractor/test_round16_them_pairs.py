"""Round 16: an object "them" after two states, bodies or vessels named together is each of the two — "Ghana met
Togo and Benin. Cameroon will sanction them", "... the Coastal Front and the River Front. Cameroon urged them to
withdraw" — in the sentence before or earlier in its own (never its clause's subject); also before the act's reason
("sanctioned them for piracy"). Before, "them" looked only for a group, so two states named together gave no
target, and of two bodies only the one opening the sentence; a "for" after the pronoun made it no object."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rel, pair", [
    ("Ghana met Togo and Benin on Friday. Cameroon will sanction them.", "SANCTIONS", ("Togo", "Benin")),
    ("Togo and Benin sent warships to the gulf. Cameroon later shelled them.", "ATTACKS", ("Togo", "Benin")),
    ("Ghana hosted the Coastal Front and the River Front in Accra. Cameroon urged them to withdraw.", "DEMANDS",
     ("Coastal Front", "River Front")),
    ("Ghana met Togo and Benin in Accra, and Cameroon accused them of piracy.", "ACCUSES", ("Togo", "Benin")),
])
def test_them_after_two_named_together_is_each_of_them(extract, text, rel, pair) -> None:
    triples = extract(text).triples
    assert all(("Cameroon", rel, p) in triples for p in pair)


def test_them_after_a_state_and_a_person_is_not_the_two(extract) -> None:
    triples = extract("Ghana met Odile Brandt on Friday. Cameroon will sanction them.").triples
    assert not {("Cameroon", "SANCTIONS", "Ghana"), ("Cameroon", "SANCTIONS", "Odile Brandt")} & triples


def test_them_is_not_the_pair_that_is_its_own_subject(extract) -> None:
    triples = extract("Ghana met Cameroon on Friday. Togo and Benin will sanction them.").triples
    assert not {("Togo", "SANCTIONS", "Benin"), ("Benin", "SANCTIONS", "Togo")} & triples


@pytest.mark.parametrize("text, targets", [
    ("Ghana met Togo and Benin on Friday. Cameroon sanctioned them for piracy.", ("Togo", "Benin")),
    ("Ghana sent warships to the gulf. Cameroon sanctioned it for piracy.", ("Ghana",)),
])
def test_an_object_pronoun_before_the_reason_for_the_act_is_its_target(extract, text, targets) -> None:
    triples = extract(text).triples
    assert all(("Cameroon", "SANCTIONS", t) in triples for t in targets)
