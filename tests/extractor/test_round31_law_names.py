"""Round 31 (lead, at merge): a capitalised name ending in a law's word after a determiner, a year or one adjective
("under the 2020 Special Cybercrimes Law", "a new Foreign Agents Act") is a law, not an actor. Before, the year
or adjective hid the determiner and the name became a person, which a later rule then linked as a relative."""

import pytest


@pytest.mark.parametrize("phrase", ["the 2020 Civic Order Law", "a new Civic Order Law", "its Civic Order Act",
                                    "the controversial Civic Order Decree", "the 1998 Public Security Code"])
def test_law_named_after_a_year_or_adjective_is_no_actor(extract, phrase: str) -> None:
    r = extract(f"MANAGUA — A court in Managua charged Marta Solís, 61, on Monday under {phrase}.")
    assert "Marta Solís" in r.kinds
    assert not any("Civic Order" in name or "Public Security" in name for name in r.kinds)


def test_relative_is_not_linked_to_a_law(extract) -> None:
    r = extract("MANAGUA — Police detained Marta Solís, the mother of an exiled student leader, on Sunday. "
                "A court later charged her under the 2020 Civic Order Law.")
    assert not any(t[1] == "FAMILY_OF" for t in r.triples)


def test_named_bodies_with_law_words_stay(extract) -> None:
    r = extract("NAIROBI — The Law Society of Kenya said on Monday the arrest of lawyer Peter Mwangi was unlawful.")
    assert r.kinds.get("Law Society of Kenya") == "Organization"
