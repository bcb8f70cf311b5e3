"""Round 15: an order is a demand on the one ordered ("the Supreme Court ordered the electoral commission to
publish the results" -> the court DEMANDS the commission), and what it takes to find the one ordered: "it" is
not the subject of its own verb nor a place, and "the administration" in a sentence opening "In <capital>," is
that capital's state. Sentences invented for these tests."""

from __future__ import annotations


def test_object_pronoun_is_not_a_place(extract):
    r = extract("BRUSSELS, May 3 - The European Commission opened proceedings against Vextra Media in March over its "
                "conduct of ads in Romania and urged it to keep all records.")
    assert ("European Commission", "DEMANDS", "Vextra Media") in r.triples
    assert ("European Commission", "DEMANDS", "Romania") not in r.triples


def test_object_pronoun_is_not_its_verbs_subject(extract):
    r = extract("ANKARA, May 3 - Turkey suspended the pipeline after a panel of the Caspian Arbitration Chamber "
                "urged it to compensate Iraq.")
    assert ("Turkey", "DEMANDS", "Caspian Arbitration Chamber") not in r.triples


def test_government_of_the_capital_the_sentence_opens_with(extract):
    r = extract("Uganda closed its border with Kenya on Monday, and Uganda said the closure was temporary. In Nairobi, "
                "the Orange Democratic Alliance accused the government of hiding the costs.")
    assert ("Orange Democratic Alliance", "ACCUSES", "Kenya") in r.triples
    assert ("Orange Democratic Alliance", "ACCUSES", "Uganda") not in r.triples


def test_opening_place_does_not_reach_a_reported_clause(extractor):
    from actorgraph.graph.model import Document

    an = extractor.analyse(Document(text="Uganda closed its border with Kenya on Monday, and Uganda said the closure "
                                         "was temporary. In Nairobi, an exiled Ugandan lawmaker said that the "
                                         "government was hiding the costs."))
    government = next(m for ms in an.mentions for m in ms if m.surface == "the government")
    assert government.entity != "Country:kenya"


def test_court_ordered_a_body_to_act(extract):
    r = extract("HARARE, May 3 - The Supreme Court ordered the Zimbabwe Electoral Commission to publish the results.")
    assert ("Supreme Court", "DEMANDS", "Zimbabwe Electoral Commission") in r.triples


def test_ordered_by_the_court_in_the_passive(extract):
    r = extract("HARARE, May 3 - The Zimbabwe Electoral Commission was ordered by the Supreme Court to publish the "
                "results.")
    assert ("Supreme Court", "DEMANDS", "Zimbabwe Electoral Commission") in r.triples


def test_judge_ordered_the_administration(extract):
    r = extract("Guatemala deported forty men on Friday and Guatemala said more flights would follow. In Washington, "
                "Judge Laura Pike ordered the administration to halt the flights.")
    assert ("Laura Pike", "DEMANDS", "United States") in r.triples
    assert ("Laura Pike", "DEMANDS", "Guatemala") not in r.triples


def test_order_to_release_is_read_as_a_call_to_release(extract):
    ordered = extract("HARARE, May 3 - The High Court ordered Zimbabwe to release the activist Job Sikhala.")
    urged = extract("HARARE, May 3 - The High Court urged Zimbabwe to release the activist Job Sikhala.")
    assert ordered.triples == urged.triples == {("High Court", "DEMANDS", "Zimbabwe")}


def test_order_to_detain_stays_the_courts_detention(extract):
    r = extract("HARARE, May 3 - The High Court ordered police to detain the activist Job Sikhala.")
    assert r.triples == {("High Court", "COERCES", "Job Sikhala")}


def test_order_to_leave_stays_an_expulsion(extract):
    r = extract("HARARE, May 3 - Zimbabwe ordered the Zambian envoy Daniel Phiri to leave the country.")
    assert ("Zimbabwe", "COERCES", "Daniel Phiri") in r.triples
    assert not {t for t in r.triples if t[1] == "DEMANDS"}
