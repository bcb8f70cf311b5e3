"""Round 15: a court's order for someone's release is what a demand for it is ("the High Court ordered the release of
the journalist" -> the court DEMANDS whoever holds the journalist), and a release is asked of one who took someone
into custody, not of one who raided or closed something. Sentences invented for these tests."""

from __future__ import annotations

import pytest

_ARREST = "HARARE, May 3 - Zimbabwe police arrested the reporter Tobias Chinyama on Monday. "


def test_release_is_not_asked_of_a_raid(extract):
    r = extract("HARARE, May 3 - Zimbabwe police raided the offices of the weekly Mutare Mirror on Monday. On Friday "
                "the Citizens Coalition demanded the release of two detained reporters.")
    assert ("Citizens Coalition", "DEMANDS", "Zimbabwe") not in r.triples


def test_release_is_asked_of_the_arrest(extract):
    r = extract(_ARREST + "On Friday the Citizens Coalition demanded the release of the reporter.")
    assert ("Citizens Coalition", "DEMANDS", "Zimbabwe") in r.triples


@pytest.mark.parametrize("court, order", [
    ("High Court", "The High Court ordered the release of the reporter on Friday."),
    ("High Court", "On Friday the High Court ordered the immediate release of Chinyama."),
    ("Tendai Moyo", "On Friday Judge Tendai Moyo ordered his release."),
])
def test_court_ordering_a_release_gives_what_demanding_it_gives(extract, court, order):
    ordered, demanded = extract(_ARREST + order), extract(_ARREST + order.replace("ordered", "demanded"))
    assert ordered.triples == demanded.triples
    assert {t for t in ordered.triples if t[1] == "DEMANDS"} == {(court, "DEMANDS", "Zimbabwe")}
