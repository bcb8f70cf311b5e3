"""Round 21: wrongs a report imputes that the imputed-act list missed -- bullying, bankrolling, fraud and theft,
lies and propaganda, acts told as unlawful, human shields, false statements made -- are accusations of the one the
reported clause names; an apposed speaker speaks, not the body in the apposition; and a passive ("said X had been
tortured") tells what was done to X, not what X did (reported.reported_accusations)."""

import pytest


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Senator Hilda Marsh said Peru was trying to bully the fishermen.", "Hilda Marsh", "Peru"),
    ("The Finance Ministry said Oskar Lindqvist had quietly bankrolled the rebels' radio station.",
     "Finance Ministry", "Oskar Lindqvist"),
    ("A spokesman for the movement, Tariq Hamdan, said Canada was \"repeating the lies of the generals\".",
     "Tariq Hamdan", "Canada"),
    ("Minister Ada Kerr said Radio Soleil had spread terrorist propaganda for months.", "Ada Kerr", "Radio Soleil"),
    ("Captain Liu Wen said Pacific Marlin Fisheries had been illegally fishing inside the reserve.",
     "Liu Wen", "Pacific Marlin Fisheries"),
    ("General Petr Orlov said Moldova was using schoolchildren as human shields.", "Petr Orlov", "Moldova"),
    ("The foreign ministry of Ghana said Noel Tandoh had made false statements about the border.",
     "Ghana", "Noel Tandoh"),
    ("The auditor, Joan Pike, said Varna Holdings had misappropriated the relief funds.", "Joan Pike",
     "Varna Holdings"),
])
def test_reported_wrong_is_an_accusation(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) in extract(sentence).triples


def test_apposed_speaker_speaks_not_the_body_named_in_the_apposition(extract) -> None:
    r = extract("Mirela Dosti, a member of the city's Municipal Council, said Serbia was trying to bully the traders.")
    assert ("Mirela Dosti", "ACCUSES", "Serbia") in r.triples
    assert ("Municipal Council", "ACCUSES", "Serbia") not in r.triples


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Amnesty International said Yusuf Karimi had been tortured in custody.", "Amnesty International", "Yusuf Karimi"),
    ("Human Rights Watch said Lena Ortiz was brutally beaten after her arrest.", "Human Rights Watch", "Lena Ortiz"),
    ("Senator Hilda Marsh said Peru was not trying to bully anyone.", "Hilda Marsh", "Peru"),
])
def test_no_accusation_of_a_victim_or_a_denied_wrong(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) not in extract(sentence).triples


def test_passive_that_still_imputes(extract) -> None:
    r = extract("Amnesty International said Yusuf Karimi had been caught smuggling rifles.")
    assert ("Amnesty International", "ACCUSES", "Yusuf Karimi") in r.triples
