"""Round 21: listing verbs name more kinds of measure list (triggers.yaml ``sanction_list``): "placed X on a visa
ban list", "added X to its consolidated list of asset freeze targets", "on their sanctions lists", "a list of
officials barred from entering" are sanctions on X, and taking X off such a list eases them. The terror and
"unreliable entity" lists stay designations."""


def test_visa_ban_list(extract) -> None:
    r = extract("Canada placed the banker Tomas Velikov on a visa ban list in 2021.")
    assert ("Canada", "SANCTIONS", "Tomas Velikov") in r.triples
    assert ("Canada", "DESIGNATES", "Tomas Velikov") not in r.triples


def test_travel_ban_list_removed(extract) -> None:
    r = extract("Norway removed Tomas Velikov from its travel ban list on Friday.")
    assert ("Norway", "EASES_SANCTIONS", "Tomas Velikov") in r.triples


def test_list_of_asset_freeze_targets(extract) -> None:
    r = extract("Japan added Orlen Shipping Partners to its consolidated list of asset freeze targets.")
    assert ("Japan", "SANCTIONS", "Orlen Shipping Partners") in r.triples
    assert ("Japan", "DESIGNATES", "Orlen Shipping Partners") not in r.triples


def test_plural_sanctions_lists(extract) -> None:
    r = extract("Canada and Japan placed Tomas Velikov on their sanctions lists on Monday.")
    assert ("Canada", "SANCTIONS", "Tomas Velikov") in r.triples


def test_list_of_people_barred(extract) -> None:
    r = extract("Norway added Tomas Velikov to a list of officials barred from entering the country.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") in r.triples


def test_other_lists_stay_designations(extract) -> None:
    r = extract("Japan added Orlen Shipping Partners to its export control list.")
    assert ("Japan", "SANCTIONS", "Orlen Shipping Partners") not in r.triples


def test_a_list_of_speakers_is_no_measure(extract) -> None:
    r = extract("Norway added Tomas Velikov to a list of speakers at the summit.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") not in r.triples
