"""Round 18: a measure's targets listed after a colon, one item a line, each get the measure from its agent."""

from __future__ import annotations

from actorgraph.loaders.extractor.text import split_sentences

_LEDE = ("Canada on Thursday imposed sanctions on four shipping executives and three trading firms it accused of "
         "helping Venezuela sell crude.\n\n")


def test_items_after_a_colon_listing_are_sanctioned_by_the_announcer(extract) -> None:
    r = extract(_LEDE + "Those sanctioned include:\n\n"
                "Orlan Vasquez Mena, a director of Panama-based Corvina Freight SA;\n"
                "Trident Bulk Carriers Ltd. and Halcon Marine Holdings Ltd., both registered in Malta;\n"
                "Lisbon-based Atlantico Energy Lda.")
    for name in ("Orlan Vasquez Mena", "Trident Bulk Carriers Ltd", "Halcon Marine Holdings Ltd", "Atlantico Energy Lda"):
        assert ("Canada", "SANCTIONS", name) in r.triples
    assert ("Canada", "SANCTIONS", "Corvina Freight SA") not in r.triples  # the director's firm: not listed


def test_the_following_were_designated_with_bullets_and_a_counted_modifier(extract) -> None:
    r = extract(_LEDE + "According to the ministry, the following were designated:\n\n"
                "- Peruvian firms Copperline Trading SAC and Rimac Logistics SAC;\n"
                "- Tomas Ibarguen, whom Ottawa described as a broker for Delmar Oil Corp;\n"
                "- Grupo Halcon, a trading house.")
    for name in ("Copperline Trading SAC", "Rimac Logistics SAC", "Tomas Ibarguen", "Grupo Halcon"):
        assert ("Canada", "DESIGNATES", name) in r.triples
    assert not any(t[2] in ("Delmar Oil Corp", "Peruvian firms") for t in r.triples if t[0] == "Canada")


def test_a_colon_list_with_no_measure_before_it_gives_nothing(extract) -> None:
    r = extract("Floods swept the coast of Ecuador on Monday.\n\nThose named in the report include:\n\n"
                "Orlan Vasquez Mena, a farmer;\nGrupo Halcon, a trading house.")
    assert not any(t[1] in ("SANCTIONS", "DESIGNATES") for t in r.triples)


def test_list_items_closed_by_semicolons_are_sentences_of_their_own() -> None:
    text = "Those listed are:\n\nAna Soto Ruiz, a Lima Trading Co director;\nBelen Cruz Vidal;\n19 tankers."
    parts = [s.text for s in split_sentences(text)]
    assert parts[1:] == ["Ana Soto Ruiz, a Lima Trading Co director;", "Belen Cruz Vidal;", "19 tankers."]
    assert not any(s.headline for s in split_sentences(text)[1:])


def test_the_list_ends_with_the_first_item_closed_by_a_full_stop(extract) -> None:
    r = extract(_LEDE + "Those sanctioned include:\n\nOrlan Vasquez Mena, a director of Corvina Freight SA;\n"
                "Grupo Halcon, a trading house.\nHalcon Marine Holdings Ltd said it would appeal.")
    assert ("Canada", "SANCTIONS", "Grupo Halcon") in r.triples
    assert ("Canada", "SANCTIONS", "Halcon Marine Holdings Ltd") not in r.triples
