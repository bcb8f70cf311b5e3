"""Round 19 (U): a named party told as one of a group that undergoes an act ("X was among those detained", "X is
one of five officers charged", "X and Y were among the people arrested") undergoes it as in "X was detained"."""

from __future__ import annotations


def test_among_those_detained_after_a_counted_arrest(extract) -> None:
    r = extract("Estonian police detained eleven people in Tartu on Friday. Aivar Kask, a union organiser, "
                "was among those detained.")
    assert ("Estonia", "COERCES", "Aivar Kask") in r.triples


def test_among_those_arrested_placed_in_a_country(extract) -> None:
    r = extract("Aivar Kask was among those arrested in Tallinn on Friday.")
    assert ("Estonia", "COERCES", "Aivar Kask") in r.triples


def test_one_of_five_officers_charged(extract) -> None:
    r = extract("Aivar Kask, a former police commander in Tallinn, is one of five officers charged over the deaths "
                "of three miners.")
    assert ("Estonia", "INVESTIGATES", "Aivar Kask") in r.triples


def test_two_named_members(extract) -> None:
    r = extract("Aivar Kask and Liis Tamm were among the activists detained in Tallinn on Friday.")
    assert ("Estonia", "COERCES", "Aivar Kask") in r.triples
    assert ("Estonia", "COERCES", "Liis Tamm") in r.triples


def test_member_of_a_group_with_an_agent(extract) -> None:
    r = extract("Lithuania was among the countries sanctioned by the Arctic Council.")
    assert ("Arctic Council", "SANCTIONS", "Lithuania") in r.triples


def test_those_arrested_as_a_subject_is_no_member(extract) -> None:
    r = extract("The Tartu Miners Union said those arrested would be freed.")
    assert not any(t[1] == "COERCES" for t in r.triples)


def test_member_of_the_actors_is_no_patient(extract) -> None:
    r = extract("Aivar Kask was one of the officers who arrested Liis Tamm in Tallinn.")
    assert ("Aivar Kask", "COERCES", "Liis Tamm") in r.triples
    assert not any(t[1] == "COERCES" and t[2] == "Aivar Kask" for t in r.triples)


def test_named_member_after_the_groups_day(extract) -> None:
    r = extract("Estonian police detained 12 activists on Friday, among them Aivar Kask.")
    assert ("Estonia", "COERCES", "Aivar Kask") in r.triples


def test_named_member_after_the_groups_place_and_day(extract) -> None:
    r = extract("Latvia sanctioned 14 companies in Riga last week, including the freight firm, Baltkom Cargo.")
    assert ("Latvia", "SANCTIONS", "Baltkom Cargo") in r.triples
