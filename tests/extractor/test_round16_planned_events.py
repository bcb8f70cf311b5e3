"""Round 16: a planned, proposed, expected or forthcoming event is not yet one — "Guyana's proposed meeting with
Suriname" is hypothetical, also when the event word is a verb trigger read as a noun ("meeting", "visit"), where
the participle stands right before it. A bare event, or one held, stays asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("Guyana's proposed meeting with Suriname dominated the papers.", ("Guyana", "MEETS_WITH", "Suriname")),
    ("Editors weighed Guyana's expected visit to Suriname.", ("Guyana", "MEETS_WITH", "Suriname")),
    ("The expected talks between Guyana and Suriname dominated the papers.", ("Guyana", "NEGOTIATES_WITH", "Suriname")),
    ("Guyana's forthcoming negotiations with Suriname dominated the papers.",
     ("Guyana", "NEGOTIATES_WITH", "Suriname")),
])
def test_a_planned_event_is_hypothetical(extract, text, triple) -> None:
    assert extract(text).rel(*triple).status == "hypothetical"


def test_the_participle_must_stand_right_before_a_verb_trigger(extract) -> None:
    assert extract("Guyana's planned meeting with Suriname dominated the papers.").rel(
        "Guyana", "MEETS_WITH", "Suriname").status == "hypothetical"
    for text, rel_type in (("Guyana's meeting with Suriname dominated the papers.", "MEETS_WITH"),
                           ("Guyana held the expected talks with Suriname on Monday.", "NEGOTIATES_WITH")):
        assert extract(text).rel("Guyana", rel_type, "Suriname").status == "asserted", text
