"""Round 23: demands, threats and questions.

- a threat joined to a demand ("demanded that Y withdraw, threatening sanctions") threatens the one the demand is made
  of, even when discourse settles who that is; a forecast joined to a demand threatens no one;
- a retaliation warning that names its target ("warned on Sunday that it would retaliate against Y", "vowed a swift
  response to any strike by Y", "warned of consequences for Y", "said any incursion by Y would not go unanswered");
- "X expects Y to <an act Y owes>" is a demand, and told in a spokesperson's words it is the spokesperson's; a
  forecast ("expects Y to win") is not;
- "X asked Y whether ..." is a question, no demand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Serbia demanded that Kosovo withdraw its police from the north, warning of sanctions.", "Serbia", "Kosovo"),
    ("Algeria urged Morocco to halt the construction and threatened to close its airspace.", "Algeria", "Morocco"),
    ("Chile called on Peru to release the fishermen, warning that it would retaliate if they were not freed.",
     "Chile", "Peru"),
])
def test_a_threat_joined_to_a_demand_threatens_the_one_asked(extract, text, source, target) -> None:
    triples = extract(text).triples
    assert (source, "DEMANDS", target) in triples
    assert (source, "THREATENS", target) in triples


def test_a_threat_joined_to_a_demand_settled_in_discourse(extract) -> None:
    triples = extract("Bolivian troops raided three villages in the Chapare on Saturday. The Coca Growers' Federation "
                      "demanded the withdrawal of troops from the villages and threatened to block the main highway "
                      "from Friday.").triples
    assert ("Coca Growers' Federation", "THREATENS", "Bolivia") in triples


@pytest.mark.parametrize("text", [
    "The Industry Federation urged Brazil not to give ground, warning that a higher tariff would raise costs.",
    "Chile urged Peru to reopen the border, warning that Bolivia could exploit the dispute.",
    "The IMF urged Laos to seek a restructuring and warned that public debt risks becoming unsustainable.",
])
def test_a_forecast_joined_to_a_demand_is_no_threat(extract, text) -> None:
    assert not [t for t in extract(text).triples if t[1] == "THREATENS"], text


@pytest.mark.parametrize("text, source, target", [
    ("Iran warned on Sunday that it would retaliate against Israel if its nuclear sites were struck.", "Iran", "Israel"),
    ("Pakistan vowed a swift response to any strike by India.", "Pakistan", "India"),
    ("Turkey warned of serious consequences for Greece.", "Turkey", "Greece"),
    ("Armenia said any incursion by Azerbaijan would not go unanswered.", "Armenia", "Azerbaijan"),
    ("Morocco's foreign minister, Karim Haddad, told reporters in Rabat on Thursday that his government would "
     "\"respond firmly\" to any further attack by the Polisario Front.", "Karim Haddad", "Polisario Front"),
    ("Foreign Minister Karim Haddad said Rabat reserved the right to respond in kind to Algeria.", "Karim Haddad",
     "Algeria"),
    ("Burundi accused Rwanda of arming the rebels and threatened a swift response to any attack by Uganda.",
     "Burundi", "Uganda"),
])
def test_a_retaliation_warning_threatens_the_party_it_names(extract, text, source, target) -> None:
    assert (source, "THREATENS", target) in extract(text).triples


@pytest.mark.parametrize("text", [
    "Russia said it would respond to the letter from Finland next week.",
    "Economists warned of consequences for Chile.",
    "Afghan forces retaliated against Pakistani border posts.",
])
def test_no_retaliation_warning(extract, text) -> None:
    assert not [t for t in extract(text).triples if t[1] == "THREATENS"], text


@pytest.mark.parametrize("text, source, target", [
    ("Egypt expects Israel to release the detained aid workers.", "Egypt", "Israel"),
    ("Azerbaijan still expects Armenia to remove the clause from its constitution.", "Azerbaijan", "Armenia"),
    ("The United States expected Venezuela to honour its commitments, the State Department said.", "United States",
     "Venezuela"),
])
def test_an_expectation_of_another_side_is_a_demand(extract, text, source, target) -> None:
    assert (source, "DEMANDS", target) in extract(text).triples


def test_an_expectation_in_a_spokesmans_words_is_his_demand(extract) -> None:
    triples = extract("Foreign ministry spokesman Rahul Verma said on Monday that India expected Nepal to honour its "
                      "commitments on the border.").triples
    assert ("Rahul Verma", "DEMANDS", "Nepal") in triples


@pytest.mark.parametrize("text", [
    "Chile expects Peru to win the vote.",
    "The IMF expects Ghana to grow by 5 percent next year.",
    "Washington expects Moscow to launch a new offensive in the spring.",
    "Analysts expect prices to rise in Chile.",
])
def test_a_forecast_is_no_demand(extract, text) -> None:
    assert not [t for t in extract(text).triples if t[1] == "DEMANDS"], text


@pytest.mark.parametrize("text", [
    "Kenya asked Uganda whether its troops had crossed the border.",
    "The European Commission asked Poland how it planned to comply with the ruling.",
    "Germany asked Hungary if it would lift its veto.",
])
def test_a_question_is_no_demand(extract, text) -> None:
    assert not [t for t in extract(text).triples if t[1] == "DEMANDS"], text


def test_a_request_is_still_a_demand(extract) -> None:
    assert ("Germany", "DEMANDS", "Hungary") in extract("Germany asked Hungary to lift its veto.").triples


@pytest.mark.parametrize("demand", [
    "demanded that the sanctions be lifted",
    "demanded that they be lifted",
    "urged the immediate lifting of the restrictions",
])
def test_a_demand_that_a_measure_be_undone_is_on_whoever_took_it(extract, demand) -> None:
    triples = extract(f"Canada imposed sanctions on Iran on Monday. Iran's foreign ministry called the measures "
                      f"illegal and {demand}.").triples
    assert ("Iran", "DEMANDS", "Canada") in triples
