"""Round 21: an act characterised as an attempt to intimidate, as pressure or coercion ("described the measures as
an attempt to intimidate", "called the arrest an attempt to silence him", "dismissed the move as political
pressure") accuses the act's author; a ministry that summons an envoy and so characterises the act speaks for its
state, as its protest does (state_measures)."""

import pytest


@pytest.mark.parametrize("sentence", [
    "The Liberty Party called the arrest an attempt to silence the last credible challenger.",
    "The Liberty Party described the arrest as an attempt to intimidate the opposition.",
    "The Liberty Party dismissed the arrest as \"political pressure\".",
    "The Liberty Party rejected the arrest as harassment of its members.",
])
def test_characterised_arrest_accuses_its_author(extract, sentence) -> None:
    r = extract(f"Bolivia arrested Tomas Rojas on Monday. {sentence}")
    assert ("Liberty Party", "ACCUSES", "Bolivia") in r.triples


def test_summoning_ministry_accuses_for_its_state(extract) -> None:
    r = extract("Chile imposed sanctions on the Norwegian trawler firm Nordfisk. Norway's Foreign Ministry summoned "
                "Chile's ambassador on Friday and described the measures as \"an attempt to intimidate legitimate "
                "businesses\".")
    assert ("Norway", "ACCUSES", "Chile") in r.triples


@pytest.mark.parametrize("sentence", [
    "The Liberty Party described the arrest as routine.",
    "The Liberty Party called the arrest a surprise.",
])
def test_neutral_characterisation_is_no_accusation(extract, sentence) -> None:
    r = extract(f"Bolivia arrested Tomas Rojas on Monday. {sentence}")
    assert ("Liberty Party", "ACCUSES", "Bolivia") not in r.triples
