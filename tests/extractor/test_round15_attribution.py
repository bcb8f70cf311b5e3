"""Round 15, who a relation is attributed to (benchmarks/probes_status.py): "X's interior ministry said ..." is X
speaking (a word between the possessive and "ministry" hid the speaker), and a speech verb put after what it
tells ("..., X said, prompting Y to ...") does not speak for what follows it."""

from __future__ import annotations

from actorgraph.loaders.extractor.extractor import RuleBasedExtractor
from benchmarks.probe_grid import attributions

EX = RuleBasedExtractor()


def test_a_countrys_named_ministry_speaks_for_the_country() -> None:
    said = attributions(EX, "Uruguay's interior ministry said Paraguay had shelled Bolivia.")
    assert said[("Paraguay", "ATTACKS", "Bolivia")] == {"Uruguay"}


def test_an_inverted_speech_verb_does_not_tell_what_follows_it() -> None:
    said = attributions(EX, "Paraguay shelled Bolivia on Friday, Uruguay said, prompting Argentina to sanction Paraguay.")
    assert said[("Argentina", "SANCTIONS", "Paraguay")] == {""}
    said = attributions(EX, "Paraguay shelled Bolivia on Friday, Uruguay said, adding that Argentina sanctioned Paraguay.")
    assert said[("Argentina", "SANCTIONS", "Paraguay")] == {"Uruguay"}
