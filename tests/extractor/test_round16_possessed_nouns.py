"""A trigger noun after a possessor ("X's meeting with Y", "X's latest backing of Y") is done by the possessor,
whoever X is (a titled person too) and wherever the phrase stands ("after ...", "surprised by ..."): a possessive,
or a possessive and a pre-noun adjective (latest, recent, planned ...), makes the trigger a noun, "meeting" too."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("Deputy Prime Minister Lena Okafor's meeting with Ghana was cut short.", ("Lena Okafor", "MEETS_WITH", "Ghana")),
    ("Deputy Prime Minister Lena Okafor's recent meeting on Friday with Ghana was cut short.",
     ("Lena Okafor", "MEETS_WITH", "Ghana")),
    ("Before Kenya's recent backing of the Coastal Liberation Front, few had noticed.",
     ("Kenya", "SUPPORTS", "Coastal Liberation Front")),
    ("Senator Ruth Mbeki's latest demand for Zambia to free the prisoners angered officials.",
     ("Ruth Mbeki", "DEMANDS", "Zambia")),
    ("Since Kenya's latest meeting with Zambia, trade has grown.", ("Kenya", "MEETS_WITH", "Zambia")),
])
def test_possessor_does_the_noun(extract, text, triple) -> None:
    assert triple in extract(text).triples


def test_possessor_not_the_clause_subject(extract) -> None:
    r = extract("Malawi was irritated by Kenya's meeting with Zambia.")
    assert ("Kenya", "MEETS_WITH", "Zambia") in r.triples
    assert ("Malawi", "MEETS_WITH", "Zambia") not in r.triples


def test_planned_meeting_is_hypothetical(extract) -> None:
    assert extract("Kenya's proposed meeting with Zambia drew criticism.").rel("Kenya", "MEETS_WITH", "Zambia").status.value \
        == "hypothetical"

