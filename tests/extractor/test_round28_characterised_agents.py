"""Round 28: a characterisation of an act as someone's wrong -- 'called the flights "a deliberate hybrid attack" by
X', "the case was a publicity stunt by X", "a US-Israeli plot" -- accuses its author (characterised_agents.py); a
demand ("called for an end to attacks by X") and a denied wrong do not."""

import pytest


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Lithuanian Prime Minister Ana Petrova called the drone flights \"a deliberate hybrid attack\" by the "
     "government in Lima.", "Ana Petrova", "Peru"),
    ("Chile's foreign ministry told the court that the case was \"a cynical publicity stunt\" by Varna Holdings.",
     "Chile", "Varna Holdings"),
    ("The opposition Kestrel Party described the raid as an act of war by Peru.", "Kestrel Party", "Peru"),
    ("Chile's foreign ministry called the plan a US-Israeli plot.", "Chile", "Israel"),
    ("Chile's foreign ministry called the plan a US-Israeli plot.", "Chile", "United States"),
])
def test_characterised_wrong_accuses_its_author(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) in extract(sentence).triples


@pytest.mark.parametrize("sentence", [
    "Chile's foreign ministry called for an end to attacks by Peru.",
    "Chile's foreign ministry said the report was not an attack by Peru.",
])
def test_demand_or_denial_is_no_characterisation(extract, sentence) -> None:
    assert ("Chile", "ACCUSES", "Peru") not in extract(sentence).triples

