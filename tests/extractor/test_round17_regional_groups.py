"""Round 17 (lead): a region's adjective before several states ("European allies", "Arab foreign ministers") is a
group, never the union or league of the same name; a denial of claims whose maker is named after "by" answers
that maker, and one whose maker is left unnamed answers no one (nor does a second word of denial)."""

from __future__ import annotations


def test_regional_plural_is_a_group_not_the_union(extract) -> None:
    r = extract("Chile accused European governments of double standards. The European Union rejected the charge.")
    assert ("Chile", "ACCUSES", "European governments") in r.triples
    assert ("Chile", "ACCUSES", "European Union") not in r.triples
    assert r.kinds["European governments"] == "Group"


def test_regional_ministers_are_a_group(extract) -> None:
    r = extract("The Arab League met in Cairo. Arab foreign ministers condemned Ecuador for the raid.")
    assert ("Arab foreign ministers", "ACCUSES", "Ecuador") in r.triples
    assert all("Arab League" not in t[0] for t in r.triples if t[2] == "Ecuador")


def test_regional_adjective_before_other_nouns_still_reads_as_before(extract) -> None:
    r = extract("The European Union renewed its sanctions on Belarus. European sanctions on Minsk were first imposed in 2020.")
    assert ("European Union", "SANCTIONS", "Belarus") in r.triples
    assert not any(k == "Group" for k in r.kinds.values())


def test_denied_claims_by_named_maker(extract) -> None:
    r = extract("Spokeswoman Ilse Marten accused Bolivia of smuggling. Prime Minister Odile Sarr denied claims by the "
                "opposition Green Renewal Front that Senegal had hosted foreign troops.")
    assert ("Odile Sarr", "DENIES", "Green Renewal Front") in r.triples
    assert ("Odile Sarr", "DENIES", "Ilse Marten") not in r.triples


def test_denied_claims_by_unnamed_maker_answer_no_one(extract) -> None:
    r = extract("Spokeswoman Ilse Marten accused Bolivia of smuggling. Prime Minister Odile Sarr denied allegations by "
                "the opposition that Senegal had hosted foreign troops, calling the allegation \"pure fabrication\".")
    assert not any(t[0] == "Odile Sarr" and t[1] in ("DENIES", "ACCUSES") for t in r.triples)


def test_second_word_of_denial_answers_the_same_claimant(extract) -> None:
    r = extract("Spokeswoman Ilse Marten accused Bolivia of smuggling. Prime Minister Odile Sarr denied claims by the "
                "opposition Green Renewal Front that Senegal had hosted foreign troops, branding the claims \"lies\".")
    assert ("Odile Sarr", "DENIES", "Green Renewal Front") in r.triples
    assert not any(t[0] == "Odile Sarr" and t[2] == "Ilse Marten" for t in r.triples)


def test_calling_anothers_act_still_accuses(extract) -> None:
    r = extract("Uruguay expelled three Bolivian diplomats on Monday. Bolivia denied that the diplomats had spied and "
                "called the expulsion \"a shameful overreaction\".")
    assert ("Bolivia", "ACCUSES", "Uruguay") in r.triples
