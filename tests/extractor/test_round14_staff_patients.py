"""Round 14, events: an act on a counted part of a body's staff is an act on the body. Sentences invented for these
tests."""

from __future__ import annotations


def test_questioned_executives_of_a_company(extract):
    r = extract("The National Anti-Fraud Office said on Tuesday it had questioned four executives of Baltic Timber "
                "Holdings over export contracts.")
    assert ("National Anti-Fraud Office", "INVESTIGATES", "Baltic Timber Holdings") in r.triples


def test_detained_two_of_its_editors(extract):
    r = extract("Georgian police on Monday raided the Tbilisi bureau of the news agency Caucasus Wire Media and "
                "detained two of its senior editors.")
    assert ("Georgia", "COERCES", "Caucasus Wire Media") in r.triples


def test_counted_people_with_no_employer_name_no_body(extract):
    r = extract("Georgian police on Monday detained four executives in Tbilisi.")
    assert not any(t == "COERCES" and o != "four executives" for _, t, o in r.triples)
