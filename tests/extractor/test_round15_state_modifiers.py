"""A state in a hyphenated modifier ("Paraguay-backed militias", "Uruguayan-made rifles") describes the noun: it
is no argument of the clause and does not take the clause's date; "X-backed <named body>" says X SUPPORTS it."""

from __future__ import annotations

from actorgraph.loaders.extractor.extractor import RuleBasedExtractor
from benchmarks.probe_grid import findings

EX = RuleBasedExtractor()


def test_modifier_state_is_no_object_and_leaves_the_date() -> None:
    _, found = findings(EX, "Ecuador accused Uruguay of arming Paraguay-backed militias on Friday.")
    assert ("Uruguay", "AIDS", "Paraguay") not in found
    assert found[("Ecuador", "ACCUSES", "Uruguay")] == {("asserted", "2025-11-21")}


def test_modifier_state_before_a_possessed_post() -> None:
    _, found = findings(EX, "Ecuador expelled Uruguay's Paraguay-backed trade envoy, Rosa Benitez, on Friday.")
    assert ("Ecuador", "COERCES", "Rosa Benitez") in found
    assert ("Ecuador", "COERCES", "Uruguay") not in found


def test_backed_body_is_supported_undated() -> None:
    _, found = findings(EX, "The Paraguay-backed Southern Liberation Front shelled Ecuador on Friday.")
    assert found[("Paraguay", "SUPPORTS", "Southern Liberation Front")] == {("asserted", "")}
    assert ("Southern Liberation Front", "ATTACKS", "Ecuador") in found
    _, found = findings(EX, "Ecuador condemned the Uruguayan-backed Southern Liberation Front.")
    assert ("Uruguay", "SUPPORTS", "Southern Liberation Front") in found
