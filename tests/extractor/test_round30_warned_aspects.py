"""Round 30 (C): an act held out by a warning through another verb ("would keep striking") is a threat."""


def test_warned_act_told_through_an_aspect_verb(extract) -> None:
    for act in ("would keep striking", "would continue to strike", "would not hesitate to strike"):
        r = extract(f"Israel warned that it {act} Syrian forces in the province.")
        assert ("Israel", "THREATENS", "Syria") in r.triples, act


def test_warned_response_by_seizure(extract) -> None:
    r = extract("Kremlin spokesman Arkady Vetrov warned that Moscow would respond by seizing the assets of Moldovan "
                "companies.")
    assert ("Russia", "THREATENS", "Moldovan companies") in r.triples


def test_same_verbs_without_a_warning_are_no_threat(extract) -> None:
    r = extract("Israel said it would keep striking Syrian forces in the province.")
    assert ("Israel", "THREATENS", "Syria") not in r.triples
