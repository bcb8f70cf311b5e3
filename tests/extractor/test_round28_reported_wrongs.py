"""Round 28: the second list of wrongs a report imputes (wrong_acts.py) -- force and destruction, incursions, arms
kept or supplied, others punished or silenced, harm done to relations or rules -- makes the speaker accuse the one
the reported clause names; a role noun may stand before that name, a time phrase after the speech verb. Neutral
objects of the same verbs, a prosecution's formal charge, and a spokesman's report of their own group's act are
no accusations (reported.reported_accusations)."""

import pytest


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Kenyan army spokesman Omar Diallo said Ghanaian soldiers had torched the village.", "Omar Diallo", "Ghana"),
    ("Senator Hilda Marsh said Peru was punishing its own farmers.", "Hilda Marsh", "Peru"),
    ("The Treasury Department said Varna Holdings had been storing weapons in a warehouse.", "Treasury Department",
     "Varna Holdings"),
    ("Minister Ada Kerr told reporters Oskar Lindqvist was supplying weapons to the rebels.", "Ada Kerr",
     "Oskar Lindqvist"),
    ("The Security Office said legislator Tomas Brand had colluded with foreign agents.", "Security Office",
     "Tomas Brand"),
    ("Kestrel Party lawmakers had alleged for months that Varna Holdings worked behind the scenes with the militia.",
     "Kestrel Party", "Varna Holdings"),
    ("Senator Hilda Marsh said Peru had gravely damaged relations with its neighbours.", "Hilda Marsh", "Peru"),
])
def test_reported_wrong_of_the_second_list_is_an_accusation(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) in extract(sentence).triples


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("The Treasury Department said Varna Holdings had been storing grain in a warehouse.", "Treasury Department",
     "Varna Holdings"),
    ("Senator Hilda Marsh said Peru was supplying fuel to the city.", "Senator Hilda Marsh", "Peru"),
    ("Senator Hilda Marsh said Oskar Lindqvist had occupied the post of chairman for a decade.", "Hilda Marsh",
     "Oskar Lindqvist"),
    ("Peru's prosecutors have charged Ana Ruiz with undermining the state.", "Peru", "Ana Ruiz"),
    ("Varna Liberation Front spokesman Omar Diallo said the group had raided the depot.", "Omar Diallo",
     "Varna Liberation Front"),
])
def test_neutral_act_formal_charge_or_own_group_is_no_accusation(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) not in extract(sentence).triples
