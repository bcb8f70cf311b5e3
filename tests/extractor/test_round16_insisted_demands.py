"""Round 16: "insist" demands when the verb after its subject is a subjunctive ("insisted (that) Suriname withdraw
its boats"), and tells a claim when that verb is finite ("insisted that Suriname withdrew / remains / had ...")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("Guyana insisted Suriname withdraw its patrol boats.", "Guyana"),
    ("The Coastal Workers Party insisted Suriname immediately reopen the border.", "Coastal Workers Party"),
    ("Guyanese Trade Minister Odile Brandt insists Suriname not interfere in the vote.", "Odile Brandt"),
    ("Guyana has insisted Suriname's navy leave the disputed waters.", "Guyana"),
])
def test_insisting_on_a_subjunctive_is_a_demand(extract, text, source) -> None:
    assert (source, "DEMANDS", "Suriname") in extract(text).triples


def test_insisting_on_a_claim_is_no_demand(extract) -> None:
    for text in ("Guyana insisted that Suriname withdrew its patrol boats in May.",
                 "Guyana insists that Suriname remains a reliable partner.",
                 "Guyana insisted Suriname's claims were baseless and that Suriname had acted alone.",
                 "Guyana insisted Suriname had never crossed the river."):
        assert ("Guyana", "DEMANDS", "Suriname") not in extract(text).triples, text
