"""Round 15, clause variation: the status a wording sets holds for threats as for other relations."""

from __future__ import annotations


def test_a_threat_yet_to_come_is_hypothetical_a_threat_made_asserted(extract) -> None:
    for text in ("Guyana will threaten Suriname with tariffs.", "Guyana plans to warn Suriname.",
                 "Guyana said it would threaten Suriname.", "Guyana may have threatened Suriname."):
        assert extract(text).rel("Guyana", "THREATENS", "Suriname").status == "hypothetical", text
    for text in ("Guyana threatened to close its border with Suriname.", "Guyana has warned Suriname twice.",
                 "Guyana threatened Suriname with tariffs."):
        assert extract(text).rel("Guyana", "THREATENS", "Suriname").status == "asserted", text
