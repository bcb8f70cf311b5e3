"""Round 15, status wordings the probes (benchmarks/probes_status.py) found told wrong: "has yet to" negates,
"rejected reports that" denies, and a state broadcaster that says something reports it."""

from __future__ import annotations

from actorgraph.loaders.extractor.extractor import RuleBasedExtractor
from benchmarks.probe_grid import statuses

EX = RuleBasedExtractor()


def test_has_yet_to_negates_the_act() -> None:
    assert statuses(EX, "Uruguay has yet to sanction Paraguay.")[("Uruguay", "SANCTIONS", "Paraguay")] == {"negated"}


def test_rejected_reports_that_denies_the_act() -> None:
    found = statuses(EX, "Uruguay rejected reports that it had shelled Paraguay.")
    assert found[("Uruguay", "ATTACKS", "Paraguay")] == {"denied"}


def test_a_state_broadcaster_saying_reports_the_act() -> None:
    found = statuses(EX, "State television said Uruguay had shelled Paraguay.")
    assert found[("Uruguay", "ATTACKS", "Paraguay")] == {"reported"}
    # a minister speaking on state television is no report of the broadcaster's
    found = statuses(EX, "Defence Minister Ana Ferraz told state television that Uruguay had shelled Paraguay.")
    assert found[("Uruguay", "ATTACKS", "Paraguay")] == {"asserted"}


def test_a_denied_clause_is_denied_whoever_its_subject_is() -> None:
    found = statuses(EX, "Defence Minister Ana Ferraz denied that she had met Paraguay's envoy.")
    assert found[("Ana Ferraz", "MEETS_WITH", "Paraguay")] == {"denied"}
    found = statuses(EX, "Uruguay dismissed claims that Paraguay had shelled Bolivia.")
    assert found[("Paraguay", "ATTACKS", "Bolivia")] == {"denied"}
