"""Round 17 (lead): ", with X mediating" is an absolute clause beside the act, not its partner; "Iranian and U.S.
negotiators" names both states."""

from __future__ import annotations


def test_absolute_with_is_no_partner(extract) -> None:
    r = extract("Ecuador held talks with Colombia on Friday, with Brazil mediating.")
    assert ("Ecuador", "NEGOTIATES_WITH", "Colombia") in r.triples
    assert not any("Brazil" in (t[0], t[2]) for t in r.triples if t[1] == "NEGOTIATES_WITH")


def test_absolute_with_a_titled_go_between(extract) -> None:
    r = extract("Ecuadorian and Colombian negotiators held indirect talks in Lima on Friday, with Peruvian Foreign "
                "Minister Elena Quispe shuttling between the two delegations.")
    assert ("Ecuador", "NEGOTIATES_WITH", "Colombia") in r.triples or ("Colombia", "NEGOTIATES_WITH", "Ecuador") in r.triples
    assert not any("Elena Quispe" in (t[0], t[2]) for t in r.triples if t[1] == "NEGOTIATES_WITH")


def test_demonym_and_initials(extract) -> None:
    r = extract("Iranian and U.S. negotiators met in Muscat on Saturday.")
    assert {("Iran", "MEETS_WITH", "United States"), ("United States", "MEETS_WITH", "Iran")} & r.triples
