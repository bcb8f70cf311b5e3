"""The wire-copy wordings of accusations, denials, rejections, demands and warnings (benchmarks/probes_vocabulary.py):
"faulted X for", "rejected X's accusations" (a denial, not a rejection), "rejected allegations made by X", "spurned
an offer from X", "pressured X to", "told X to", "called for X to", "issued an ultimatum to X", "gave X 48 hours to",
"issued a warning to X"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("verb", ["faulted", "blasted"])
def test_more_verbs_of_accusing(extract, verb: str) -> None:
    assert ("Ghana", "ACCUSES", "Togo") in extract(f"Ghana {verb} Togo over the border incident.").triples


@pytest.mark.parametrize("text", [
    "Ghana rejected Togo's accusations on Friday.",
    "Ghana dismissed the Coastal Defence Front's allegations.",
    "Ghana rejected allegations made by Togo.",
    "Ghana denied allegations levelled by Togo.",
])
def test_rejecting_an_accusation_denies_the_accuser(extract, text: str) -> None:
    r = extract(text)
    accuser = "Coastal Defence Front" if "Front" in text else "Togo"
    assert ("Ghana", "DENIES", accuser) in r.triples
    assert ("Ghana", "REJECTS", accuser) not in r.triples


@pytest.mark.parametrize("text", [
    "Ghana spurned an offer from Togo.",
    "Ghana rebuffed an offer of talks from Togo.",
    "Ghana rejected calls from Togo to withdraw.",
])
def test_rejecting_what_someone_put_forward(extract, text: str) -> None:
    r = extract(text)
    assert ("Ghana", "REJECTS", "Togo") in r.triples
    assert ("Ghana", "MEETS_WITH", "Togo") not in r.triples


@pytest.mark.parametrize("text", [
    "Ghana pressured Togo to withdraw its troops.",
    "Ghana pushed Togo to reopen the border.",
    "Ghana told Togo to withdraw its troops.",
    "Ghana called for Togo to withdraw its troops.",
    "Ghana issued an ultimatum to Togo.",
    "Ghana gave Togo 48 hours to withdraw its troops.",
])
def test_demand_wordings(extract, text: str) -> None:
    assert ("Ghana", "DEMANDS", "Togo") in extract(text).triples


def test_telling_reporters_is_no_demand(extract) -> None:
    r = extract("Ghana told Togo to withdraw its troops. Minister Kofi Mensah told reporters the army was ready to "
                "respond.")
    assert ("Ghana", "DEMANDS", "Togo") in r.triples
    assert not any(t == "DEMANDS" and s == "Kofi Mensah" for s, t, _ in r.triples)


def test_issuing_a_warning(extract) -> None:
    assert ("Ghana", "THREATENS", "Togo") in extract("Ghana issued a warning to Togo.").triples


def test_pushed_into_a_state_is_no_demand(extract) -> None:
    r = extract("Ghana pushed Togo into accepting the deal. Ghana's tariffs pushed Benin into recession.")
    assert ("Ghana", "DEMANDS", "Togo") in r.triples
    assert ("Ghana", "DEMANDS", "Benin") not in r.triples



def test_denied_charges_by_x_is_a_denial_not_an_inquiry(extract) -> None:
    r = extract("Ghana denied charges by Togo. Ghana charges opposition leader Kofi Mensah.")
    assert ("Ghana", "DENIES", "Togo") in r.triples
    assert ("Ghana", "INVESTIGATES", "Togo") not in r.triples
    assert ("Ghana", "INVESTIGATES", "Kofi Mensah") in r.triples
