"""Round 17 (lead): the shapes of a sanctions press release — company names ending "Co., Ltd.", "Trading", "Pte",
"BV"; "the Treasury's Office of Foreign Assets Control" is the Treasury's office, a body of its own."""

from __future__ import annotations


def test_company_suffixes_make_organisations(extract) -> None:
    r = extract("Canada designated Harbin Zhongda Trading Co., Ltd. and Lumen Maritime Pte on Friday.")
    assert r.kinds.get("Harbin Zhongda Trading Co") == "Organization"
    assert ("Canada", "DESIGNATES", "Harbin Zhongda Trading Co") in r.triples
    r = extract("Tarsis Shipping BV was sanctioned by Canada.")
    assert ("Canada", "SANCTIONS", "Tarsis Shipping BV") in r.triples


def test_a_bodys_own_office_is_a_body(extract) -> None:
    r = extract("The Treasury's Office of Foreign Assets Control sanctioned Lumen Maritime Pte.")
    assert "Office of Foreign Assets Control" in r.kinds
    assert "Treasury's Office of Foreign Assets Control" not in r.kinds
    r = extract("The Special Prosecutor's Office charged Lidia Paz.")
    assert "Special Prosecutor's Office" in r.kinds


def test_designation_category_is_no_actor(extract) -> None:
    r = extract("Canada designated the Storm Brigades as a Foreign Terrorist Organization in January.")
    assert ("Canada", "DESIGNATES", "Storm Brigades") in r.triples
    assert "Foreign Terrorist Organization" not in r.kinds
    r = extract("The Storm Brigades were listed as a Specially Designated Global Terrorist group by Canada.")
    assert "Specially Designated Global Terrorist" not in r.kinds
