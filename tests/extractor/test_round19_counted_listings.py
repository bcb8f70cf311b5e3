"""Round 19 (U): a listing whose own verb names the act ("Among those designated were X and Y", "The firms
sanctioned included X") names members of a group the story's lede only counted, even when quotes and a statement
stand between them; names in a member's description ("described by X as", "who ran a front") are not listed."""

from __future__ import annotations

_LEDE = ("Norway on Monday imposed sanctions on five people and three companies it accused of smuggling arms to "
         "the Tarvan Brigade. ")
_FILLER = ("The Norwegian foreign ministry said the network had moved weapons worth $9 million through the port of "
           "Kelso. \"These traders hide behind legitimate business,\" a ministry official said. \"This ends it.\" ")


def test_listing_four_sentences_after_the_counted_measure(extract) -> None:
    r = extract(_LEDE + _FILLER + "Among those designated were Oskar Velde, a grain dealer, and Marit Lunde.")
    assert ("Norway", "DESIGNATES", "Oskar Velde") in r.triples
    assert ("Norway", "DESIGNATES", "Marit Lunde") in r.triples


def test_companies_listed_after_the_counted_measure(extract) -> None:
    r = extract(_LEDE + _FILLER + "The companies sanctioned included Fjordline Cargo Ltd and Nordkap Trading AS.")
    assert ("Norway", "SANCTIONS", "Fjordline Cargo Ltd") in r.triples
    assert ("Norway", "SANCTIONS", "Nordkap Trading AS") in r.triples


def test_describer_is_not_listed(extract) -> None:
    r = extract(_LEDE + _FILLER + "Among those designated were Oskar Velde, described by the Customs Agency as "
                "the ring's treasurer, and Marit Lunde.")
    assert ("Norway", "DESIGNATES", "Oskar Velde") in r.triples
    assert ("Norway", "DESIGNATES", "Customs Agency") not in r.triples


def test_far_listing_needs_its_own_verb(extract) -> None:
    r = extract(_LEDE + _FILLER + "Among the people at the meeting were Oskar Velde and Marit Lunde.")
    assert ("Norway", "SANCTIONS", "Oskar Velde") not in r.triples
    assert ("Norway", "DESIGNATES", "Oskar Velde") not in r.triples


def test_far_listing_needs_a_counted_target(extract) -> None:
    text = "Norway on Monday imposed sanctions on the Tarvan Brigade. " + _FILLER
    r = extract(text + "Among those arrested were Oskar Velde and Marit Lunde.")
    assert ("Norway", "SANCTIONS", "Oskar Velde") not in r.triples  # the sanctions are not the arrests
    # since round 30 the listing tells the arrest itself, with the agent found as for the plain passive
    passive = extract(text + "Oskar Velde and Marit Lunde were arrested.")
    assert (("Norway", "COERCES", "Oskar Velde") in r.triples) == (("Norway", "COERCES", "Oskar Velde") in passive.triples)
