"""Round 14 (actors): counted groups also carry their name without the count ("at least 30 miners" is also
"miners", as annotators and analysts name the group), and more people-by-trade plurals head a group
("several foreign correspondents", "150 illegal money changers")."""

from __future__ import annotations


def _group(r, word):
    return next(a for a in r.extraction.actors if a.kind == "Group" and word in a.name)


def test_counted_group_has_an_uncounted_alias(extract):
    r = extract("Ghanaian police detained at least 30 miners at an illegal pit near Tarkwa on Sunday.")
    g = _group(r, "miners")
    assert g.name == "at least 30 miners" and "miners" in g.aliases
    assert ("Ghana", "COERCES", "at least 30 miners") in r.triples


def test_count_with_of_its(extract):
    r = extract("The Herald said police had arrested two of its senior editors in Lusaka. Zambia denied it.")
    assert "senior editors" in _group(r, "editors").aliases


def test_uncounted_group_has_no_extra_alias(extract):
    r = extract("Ugandan soldiers detained Kenyan fishermen on Lake Victoria, Kenya said.")
    g = _group(r, "fishermen")
    assert g.aliases == [] or all(a != g.name for a in g.aliases)


def test_correspondents_head_a_group(extract):
    r = extract("Mauritania deported several foreign correspondents after the vote, the press union said.")
    assert ("Mauritania", "COERCES", "several foreign correspondents") in r.triples


def test_money_changers_head_a_group(extract):
    r = extract("Police in Malawi detained 150 unlicensed currency changers in Blantyre on Friday.")
    assert ("Malawi", "COERCES", "150 unlicensed currency changers") in r.triples


def test_a_trade_word_alone_makes_no_group(extract):
    # a bare plural with no count is not read as a group here
    r = extract("Historians said the treaty was signed under pressure, Malawi's foreign ministry said.")
    assert not [a for a in r.extraction.actors if a.kind == "Group"]


def test_alias_shared_by_two_groups_is_left_out(extract):
    r = extract("Nigerian police arrested more than 30 students in Zaria on Monday. Nigerian soldiers detained "
                "about 12 students in Kano on Tuesday.")
    groups = {a.name: a.aliases for a in r.extraction.actors if a.kind == "Group"}
    assert set(groups) == {"more than 30 students", "about 12 students"}
    assert all("students" not in aliases for aliases in groups.values())
