"""Round 18: a name before a plural noun of killings ("over Villa Serena killings") names the place of the
events, not a person (name_shapes._PLACE_AFTER)."""


def test_a_name_before_killings_is_a_place(extract) -> None:
    names = {a.name for a in extract("Chile sanctioned two officers over Villa Serena killings.").extraction.actors}
    assert "Villa Serena" not in names and "Chile" in names


def test_a_name_before_atrocities_is_a_place(extract) -> None:
    names = {a.name for a in extract("Peru condemned Rosa Blanca atrocities on Monday.").extraction.actors}
    assert names == {"Peru"}
