"""Round 15, clause variation: a relation verb keeps its relation when a word stands inside its phrase
('called again on X to ...') or it is a gerund ('is signing a deal with X', 'denied signing a deal with X')."""

from __future__ import annotations


def test_a_call_on_someone_with_a_word_inside(extract) -> None:
    for text in ("Uruguay called again on Paraguay to reopen the bridge.",
                 "Uruguay called for the first time on Paraguay to reopen the bridge.",
                 "Uruguay called on Friday on Paraguay to reopen the bridge."):
        assert ("Uruguay", "DEMANDS", "Paraguay") in extract(text).triples, text
    r = extract("Uruguay called on Friday for calm after the floods.")  # a day, not the one called on
    assert not [t for t in r.triples if t[1] == "DEMANDS"]


def test_signing_a_deal_with_someone(extract) -> None:
    assert ("Uruguay", "AGREES_WITH", "Paraguay") in extract("Uruguay is signing a trade deal with Paraguay.").triples
    r = extract("Uruguay denied signing a secret deal with Paraguay.")
    assert r.rel("Uruguay", "AGREES_WITH", "Paraguay").status == "denied"


def test_talks_a_meeting_or_a_deal_held_between_two_parties(extract) -> None:
    cases = (("Talks were held on Friday between Uruguay and Paraguay.", "NEGOTIATES_WITH"),
             ("Negotiations took place in Asuncion between Uruguay and Paraguay.", "NEGOTIATES_WITH"),
             ("A meeting was held between Uruguay and Paraguay on Friday.", "MEETS_WITH"),
             ("A trade deal was signed between Uruguay and Paraguay on Friday.", "AGREES_WITH"))
    for text, rel in cases:
        assert ("Uruguay", rel, "Paraguay") in extract(text).triples, text
    r = extract("Talks will be held between Uruguay and Paraguay next week.")  # not yet: no talks asserted
    assert not [t for t in r.triples if t[1] == "NEGOTIATES_WITH" and r.rel(*t).status == "asserted"]
