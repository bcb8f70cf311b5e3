"""Round 28: a call on "both" of a pair the sentence has just named is a demand on each (addressed_pairs.py)."""

_DATELINE = "GENEVA, May 6 (Wire) - "


def test_both_men_just_met(extract) -> None:
    r = extract(_DATELINE + "The UN envoy, Clara Holm, met Yusuf Adan and Karim Nour separately on Tuesday and asked "
                "both men to refrain from unilateral moves.")
    assert ("Clara Holm", "DEMANDS", "Yusuf Adan") in r.triples
    assert ("Clara Holm", "DEMANDS", "Karim Nour") in r.triples


def test_both_governments_of_two_leaders(extract) -> None:
    r = extract(_DATELINE + "Armenian Prime Minister Aram Petrosyan accused Azerbaijan's president, Elnur Aliyev, of "
                "aggression. The envoy, Clara Holm, said she had spoken to Petrosyan and to Aliyev by telephone and "
                "urged both governments to resume talks.")
    assert ("Clara Holm", "DEMANDS", "Armenia") in r.triples
    assert ("Clara Holm", "DEMANDS", "Azerbaijan") in r.triples


def test_caller_in_the_pair_is_not_addressed(extract) -> None:
    r = extract(_DATELINE + "Yusuf Adan met Karim Nour on Tuesday and urged both men to keep talking.")
    assert ("Yusuf Adan", "DEMANDS", "Karim Nour") not in r.triples
