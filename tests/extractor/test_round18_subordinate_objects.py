"""Round 18 (H): the subject of a clause opened by ", when/where/after ..." is not the object of the verb or
measure before it ("sanctions since 2019, when Chile first targeted a bank" -> not against Chile)."""

from __future__ import annotations


def test_when_clause_subject_is_no_target(extract) -> None:
    r = extract("It was the fourth round of designations against Uruguayan refiners since 2019, when Chile first "
                "targeted a bank in Montevideo.")
    assert not any(t[2] == "Chile" for t in r.triples)


def test_verb_object_stops_at_when_clause(extract) -> None:
    r = extract("Ecuador imposed sanctions in 2019, when Colombia seized a fishing boat.")
    assert ("Ecuador", "SANCTIONS", "Colombia") not in r.triples


def test_after_clause(extract) -> None:
    r = extract("Ecuador threatened sanctions on Monday, after Colombia detained two fishermen.")
    assert ("Ecuador", "THREATENS", "Colombia") not in r.triples


def test_object_before_the_clause_stays(extract) -> None:
    r = extract("Ecuador sanctioned Colombia's navy chief, Ana Rojas, in 2019, when Peru seized a fishing boat.")
    assert ("Ecuador", "SANCTIONS", "Ana Rojas") in r.triples
