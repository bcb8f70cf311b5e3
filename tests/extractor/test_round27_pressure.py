"""Round 27, pressure and diplomacy: demands and refusals in the wordings unseen sets use. Sentences invented for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, asker, court", [
    ("Sudan urged the International Court of Justice to order the Emirates to stop arming the militia.",
     "Sudan", "International Court of Justice"),
    ("The Lawyers Guild, which represents dozens of families, urged the Supreme Court to move quickly to trial.",
     "Lawyers Guild", "Supreme Court"),
    ("The Vanilla Exporters Association has asked the High Constitutional Court on Monday to suspend the order.",
     "Vanilla Exporters Association", "High Constitutional Court"),
])
def test_asking_a_court_to_act_demands_of_the_court(extract, text, asker, court) -> None:
    assert (asker, "DEMANDS", court) in extract(text).triples


def test_an_appeal_to_a_court_demands_nothing_of_it(extract) -> None:
    r = extract("Radio Azattyk said it would appeal to the Supreme Court but conceded that the chances were slim.")
    assert not any(t[1] == "DEMANDS" for t in r.triples)


@pytest.mark.parametrize("noun", ["a ceasefire", "a truce", "an amnesty"])
def test_an_offer_to_an_alias_is_read_and_answered(extract, noun) -> None:
    r = extract("The Arakan Army (AA) said two jets bombed the market. Junta chief Min Thura on Thursday offered the AA "
                f"{noun} if its forces withdrew. The AA rejected the offer within hours.")
    assert {("Min Thura", "OFFERS", "Arakan Army"), ("Arakan Army", "REJECTS", "Min Thura")} <= r.triples


def test_a_bare_military_carries_its_state_down_the_story(extract) -> None:
    filler = " ".join(["Beijing said the deal was fragile.", "Officials in Beijing declined to comment."] * 3)
    r = extract("KUNMING, China, Jan 22 - Myanmar's military government agreed to a truce with the rebels. The military "
                f"has bombed rebel towns since 2024. {filler} The UN envoy, Teresa Halloran, urged the military to let aid "
                "convoys in.")
    assert ("Teresa Halloran", "DEMANDS", "Myanmar") in r.triples
    assert ("Teresa Halloran", "DEMANDS", "China") not in r.triples


def test_without_a_chain_the_story_state_stays(extract) -> None:
    filler = " ".join(["Beijing said the deal was fragile.", "Officials in Beijing declined to comment."] * 5)
    r = extract(f"KUNMING, China, Jan 22 - Myanmar's military government agreed to a truce with the rebels. {filler} "
                "The UN envoy, Teresa Halloran, urged the military to let aid convoys in.")
    assert ("Teresa Halloran", "DEMANDS", "Myanmar") not in r.triples


@pytest.mark.parametrize("text, triple", [
    ('Spokeswoman Anna Lindqvist said the bloc expected Serbian authorities to "fully respect the right to peaceful '
     'assembly".', ("Anna Lindqvist", "DEMANDS", "Serbia")),
    ("The European Union told Georgia to “respect the will of voters”.", ("European Union", "DEMANDS", "Georgia")),
])
def test_a_quoted_demanded_act_is_still_a_demand(extract, text, triple) -> None:
    assert triple in extract(text).triples


def test_being_expected_to_act_asks_nothing_of_anyone(extract) -> None:
    r = extract('Georgia was expected to "respect the will of voters", the European Union said.')
    assert ("European Union", "DEMANDS", "Georgia") not in r.triples
