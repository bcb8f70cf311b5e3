"""Round 16: an act told inside a condition or an open question is hypothetical — "If Guyana shells Suriname,
...", "... unless the Coastal Workers Party meets X", "it is unclear whether Guyana sanctioned Suriname", "Guyana
is weighing whether to sanction Suriname". Before, the "if"/"whether" before the agent lay outside the cues read
(from the agent to the verb), and the act was asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, rel_type, target", [
    ("If Guyana shells Suriname again, Brazil will intervene.", "Guyana", "ATTACKS", "Suriname"),
    ("Brazil will stay neutral unless the Coastal Workers Party meets Suriname.", "Coastal Workers Party",
     "MEETS_WITH", "Suriname"),
    ("Brazil said it would retaliate if Labour Minister Odile Brandt threatened Suriname.", "Odile Brandt",
     "THREATENS", "Suriname"),
    ("It remains unclear whether Guyana sanctioned Suriname.", "Guyana", "SANCTIONS", "Suriname"),
    ("Officials would not say whether Guyana had attacked Suriname.", "Guyana", "ATTACKS", "Suriname"),
    ("Guyana has not decided whether to sanction Suriname.", "Guyana", "SANCTIONS", "Suriname"),
])
def test_an_act_in_a_condition_or_open_question_is_hypothetical(extract, text, source, rel_type, target) -> None:
    assert extract(text).rel(source, rel_type, target).status == "hypothetical"

