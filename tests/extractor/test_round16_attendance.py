"""Round 16: attending talks is taking part in them — "X attended talks with Y" negotiates with Y, and the verb's
own cues set the status ("did not attend", "refused to attend": negated; "will attend": hypothetical). Before,
only a bare "attended" read as a modifier of "talks" found the relation; a negation before it found nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, status", [
    ("Guyana did not attend talks with Suriname.", "Guyana", "negated"),
    ("Labour Minister Odile Brandt did not attend negotiations with Suriname.", "Odile Brandt", "negated"),
    ("The Coastal Workers Party refused to attend the talks with Suriname.", "Coastal Workers Party", "negated"),
    ("Guyana will attend the talks with Suriname next week.", "Guyana", "hypothetical"),
    ("Guyana attended the dialogue with Suriname in Paramaribo.", "Guyana", "asserted"),
])
def test_attending_talks_negotiates_with_the_status_of_the_verb(extract, text, source, status) -> None:
    assert extract(text).rel(source, "NEGOTIATES_WITH", "Suriname").status == status
