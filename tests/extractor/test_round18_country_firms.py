"""Round 18: a country's name before a noun of firms ("Hong Kong companies", "U.S. defence contractors", "six
Peruvian and Panama banks") names those firms, a Group, not the state (collective.firms_end, group_at)."""


def test_firms_named_by_a_territory_are_the_target_not_the_territory(extract) -> None:
    r = extract("Chile sanctioned Hong Kong firms on Monday.")
    assert ("Chile", "SANCTIONS", "Hong Kong firms") in r.triples
    assert ("Chile", "SANCTIONS", "Hong Kong") not in r.triples


def test_a_country_s_contractors_are_not_the_country(extract) -> None:
    r = extract("Quito has sanctioned Peru defence contractors since 2019.")
    assert not any(t[1] == "SANCTIONS" and t[2] == "Peru" for t in r.triples)
    assert ("Ecuador", "SANCTIONS", "Peru defence contractors") in r.triples


def test_counted_firms_of_a_demonym_and_a_name_are_one_group(extract) -> None:
    r = extract("Chile froze the assets of six Bolivian and Panama banks on Monday.")
    assert ("Chile", "SANCTIONS", "six Bolivian and Panama banks") in r.triples
    assert ("Chile", "SANCTIONS", "Panama") not in r.triples


def test_the_country_itself_still_acts(extract) -> None:
    assert ("Panama", "SANCTIONS", "Chile") in extract("Panama sanctioned Chile on Monday.").triples


def test_a_verb_or_a_count_after_the_country_is_no_modifier(extract) -> None:
    r = extract("Canada sanctioned four companies that it accused of helping Russia.")
    assert ("Canada", "SANCTIONS", "four companies") in r.triples
    r = extract("Chile sanctions firms that trade with Peru.")
    assert not any(t[0].startswith("Chile ") for t in r.triples)


def test_a_preposition_after_the_country_is_no_modifier(extract) -> None:
    r = extract("Ecuador dodged sanctions imposed by Peru through shell companies in Panama.")
    assert ("Peru", "SANCTIONS", "Ecuador") in r.triples
    assert not any(t[0].startswith("Peru ") for t in r.triples)
