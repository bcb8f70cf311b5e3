"""A clock time in running text: its zone ("14:05 GMT", "1400 UTC") is no organisation, and "a.m."/"p.m." end a
sentence only when a new one starts after them."""

from __future__ import annotations


def test_a_time_zone_is_not_an_actor(extract) -> None:
    r = extract("Chile shelled the port at 14:05 GMT on Tuesday, and Peru sanctioned Chile at 1400 UTC.")
    assert "GMT" not in r.kinds and "UTC" not in r.kinds
    assert ("Peru", "SANCTIONS", "Chile") in r.triples


def test_initials_after_a_count_stay_a_body(extract) -> None:
    r = extract("Chile attacked 12 RSF fighters near the border.")
    assert any("RSF" in name for name in r.kinds)


def test_a_clock_time_keeps_its_sentence_and_date(extract) -> None:
    r = extract("Chile sanctioned Peru at 9:14 a.m. on Tuesday.")
    date = r.rel("Chile", "SANCTIONS", "Peru").date
    assert date is not None and date.strftime("%A") == "Tuesday"


def test_p_m_before_a_new_sentence_ends_it(extract) -> None:
    r = extract("The talks ended at 6 p.m. The next day Chile sanctioned Peru.")
    assert [s for s in r.extraction.relations if s.evidence and s.evidence.sentence.startswith("The next day")]
