"""The wire-copy wordings of sanctions, their easing and designations (benchmarks/probes_vocabulary.py): "hit X with
sanctions" is no attack, "put X under sanctions", "froze X's assets", "removed X from its sanctions list",
"branded X a terrorist organisation", "put X on its terrorism list"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Norway hit Belarus with fresh sanctions on Friday.",
    "Norway slapped Belarus with an asset freeze.",
    "Norway targeted Belarus in a new round of sanctions.",
])
def test_hit_with_sanctions_is_a_sanction_not_an_attack(extract, text: str) -> None:
    r = extract(text)
    assert ("Norway", "SANCTIONS", "Belarus") in r.triples
    assert ("Norway", "ATTACKS", "Belarus") not in r.triples


@pytest.mark.parametrize("text", [
    "Norway put the Eastern Resistance Front under sanctions.",
    "Norway placed the Eastern Resistance Front on its sanctions list.",
    "Norway added the Eastern Resistance Front to its sanctions list.",
    "Norway froze the Eastern Resistance Front's assets.",
])
def test_listing_and_freezing_wordings_are_sanctions(extract, text: str) -> None:
    r = extract(text)
    assert ("Norway", "SANCTIONS", "Eastern Resistance Front") in r.triples
    assert ("Norway", "DESIGNATES", "Eastern Resistance Front") not in r.triples


def test_a_singular_travel_ban_is_a_sanction(extract) -> None:
    r = extract("Norway imposed a travel ban on businessman Ivo Marek.")
    assert ("Norway", "SANCTIONS", "Ivo Marek") in r.triples
    assert ("Norway", "COERCES", "Ivo Marek") not in r.triples


@pytest.mark.parametrize("text", [
    "Norway removed the Eastern Resistance Front from its sanctions list.",
    "Norway took the Eastern Resistance Front off its sanctions list.",
    "Norway delisted the Eastern Resistance Front on Tuesday.",
    "Norway unfroze the assets of the Eastern Resistance Front.",
])
def test_delisting_eases_sanctions(extract, text: str) -> None:
    assert ("Norway", "EASES_SANCTIONS", "Eastern Resistance Front") in extract(text).triples


@pytest.mark.parametrize("verb", ["rolled back", "scrapped", "ended", "dropped"])
def test_more_verbs_of_easing(extract, verb: str) -> None:
    r = extract(f"Norway {verb} sanctions on Belarus.")
    assert ("Norway", "EASES_SANCTIONS", "Belarus") in r.triples
    assert ("Norway", "SANCTIONS", "Belarus") not in r.triples


def test_delisting_from_an_exchange_is_no_easing(extract) -> None:
    r = extract("Norway delisted the Eastern Resistance Front on Tuesday. Separately, the exchange delisted Kestrel "
                "Maritime from the Oslo Stock Exchange.")
    assert ("Norway", "EASES_SANCTIONS", "Eastern Resistance Front") in r.triples
    assert not any(t == "EASES_SANCTIONS" and o == "Kestrel Maritime" for _, t, o in r.triples)


@pytest.mark.parametrize("text", [
    "Norway branded the Eastern Resistance Front a terrorist organisation.",
    "Norway labelled the Eastern Resistance Front a terrorist group.",
    "Norway put the Eastern Resistance Front on its terrorism list.",
    "Norway placed the Eastern Resistance Front on its list of terrorist groups.",
])
def test_designation_wordings(extract, text: str) -> None:
    assert ("Norway", "DESIGNATES", "Eastern Resistance Front") in extract(text).triples


@pytest.mark.parametrize("text", [
    "Norway ended up imposing sanctions on Belarus.",
    "Norway dropped its opposition to sanctions on Belarus.",
])
def test_ending_up_with_sanctions_is_no_easing(extract, text: str) -> None:
    assert ("Norway", "EASES_SANCTIONS", "Belarus") not in extract(text).triples
