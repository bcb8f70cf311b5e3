"""Round 15: "The judge ordered him to surrender his passport" — an order to "him"/"her" is read as "urged him to"
is, and "him" is not the one who gives the order: after "X appeared before Judge Y", "The judge ordered him" orders
X (the sentences before are searched without the subject of the pronoun's own clause). Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from actorgraph.graph.model import Document

_HEARING = "HARARE, May 3 - The activist Farai Ncube appeared before Judge Rudo Marufu on Monday. "


@pytest.mark.parametrize("verb", ["ordered", "urged"])
@pytest.mark.parametrize("sentence", [
    "The judge {} him to surrender his passport.",
    "Judge Rudo Marufu {} him to surrender his passport.",
    "On Friday, Marufu {} him to report to police every week.",
])
def test_order_to_a_pronoun_is_on_the_one_before_the_judge(extract, verb, sentence):
    r = extract(_HEARING + sentence.format(verb))
    assert {t for t in r.triples if t[1] == "DEMANDS"} == {("Rudo Marufu", "DEMANDS", "Farai Ncube")}


def test_pronoun_in_another_clause_may_be_the_subject(extractor):
    text = ("HARARE, May 3 - Police questioned Simba Gumbo about his brother Tawanda Gumbo on Monday. "
            "Tawanda Gumbo was not detained, although a travel ban was imposed on him.")
    an = extractor.analyse(Document(text=text))
    assert [m.entity for ms in an.mentions for m in ms if m.via == "obj-person"] == ["Person:tawanda gumbo"]
