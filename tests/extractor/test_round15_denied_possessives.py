"""Round 15 (actor surface forms): whose accusations are denied, however the owner's possessive is written."""

from __future__ import annotations


def test_a_plural_possessive_after_a_name_ending_in_s(extract) -> None:
    r = extract("Lena Varga denied the Tana Liberation Forces' accusations on Wednesday.")
    assert ("Lena Varga", "DENIES", "Tana Liberation Forces") in r.triples


def test_a_state_body_in_the_possessive(extract) -> None:
    r = extract("Lena Varga denied Ghana's interior ministry's allegations on Wednesday, and Ghana's role in them.")
    assert ("Lena Varga", "DENIES", "Ghana") in r.triples


def test_a_company_suffix_with_its_full_stop(extract) -> None:
    r = extract("Lena Varga denied Corvin Shipping Ltd.'s claims on Wednesday.")
    assert ("Lena Varga", "DENIES", "Corvin Shipping Ltd") in r.triples

