"""Round 17 (lead): a travel ban prevents the visit it names; "called X 'a bully'" and "what it called 'egregious'"
name something, no phone call; a state that sanctions a titled person is not where the person's post is guessed."""

from __future__ import annotations


def test_barred_from_visiting_is_no_visit(extract) -> None:
    r = extract("Osvaldo Reyes was barred from visiting Paraguay.")
    assert ("Osvaldo Reyes", "MEETS_WITH", "Paraguay") not in r.triples
    r = extract("Bolivia banned Osvaldo Reyes from travelling to Paraguay.")
    assert ("Bolivia", "SANCTIONS", "Osvaldo Reyes") in r.triples
    assert ("Osvaldo Reyes", "MEETS_WITH", "Paraguay") not in r.triples


def test_a_visit_still_is_one(extract) -> None:
    r = extract("Osvaldo Reyes visited Paraguay on Monday.")
    assert ("Osvaldo Reyes", "MEETS_WITH", "Paraguay") in r.triples


def test_calling_names_no_phone_call(extract) -> None:
    r = extract("Osvaldo Reyes called Paraguay \"a bully\" on Monday.")
    assert ("Osvaldo Reyes", "MEETS_WITH", "Paraguay") not in r.triples
    r = extract("Vietnam sanctioned Senator Osvaldo Reyes for what it called \"hostile\" remarks.")
    assert not any(t[1] == "MEETS_WITH" for t in r.triples)


def test_a_phone_call_still_is_one(extract) -> None:
    r = extract("Bolivia's president called Paraguay's leader on Monday.")
    assert ("Bolivia", "MEETS_WITH", "Paraguay") in r.triples


def test_sanctioned_senator_holds_no_post_in_the_sanctioning_state(extract) -> None:
    r = extract("Vietnam imposed sanctions on Senator Osvaldo Reyes, barring him from entering Vietnam.")
    assert ("Vietnam", "SANCTIONS", "Osvaldo Reyes") in r.triples
    assert ("Osvaldo Reyes", "HOLDS_POSITION", "Vietnam") not in r.triples
