"""Round 20: an unnamed spokesperson speaks for the body or state they speak for ("A spokeswoman for the Ruritanian
foreign ministry rejected the charge", "the front's spokesman denied it" -> that state or body DENIES the accuser);
a named one speaks for themself ("A spokesman for X, Col. Y, denied ..."). A protest a ministry lodges is the
state's before denials and characterisations are answered ("rejected what it called interference")."""


def test_spokeswoman_for_a_state_ministry_denies(extract) -> None:
    r = extract("Uruguay accused Paraguay of diverting river water. A spokeswoman for the Paraguayan foreign ministry "
                "rejected the charge.")
    assert ("Paraguay", "DENIES", "Uruguay") in r.triples


def test_spokesman_for_a_country_denies(extract) -> None:
    r = extract("Uruguay accused Paraguay of diverting river water. A spokesman for Paraguay denied the accusation.")
    assert ("Paraguay", "DENIES", "Uruguay") in r.triples


def test_the_groups_spokesman_denies(extract) -> None:
    r = extract("Uruguay accused the Riverine Liberation Front of bombing a dam. The group's spokesman denied the "
                "accusation.")
    assert ("Riverine Liberation Front", "DENIES", "Uruguay") in r.triples


def test_spokesman_for_the_group_denies(extract) -> None:
    r = extract("Uruguay accused the Riverine Liberation Front of bombing a dam. A spokesman for the front denied "
                "the accusation.")
    assert ("Riverine Liberation Front", "DENIES", "Uruguay") in r.triples


def test_named_spokesman_speaks_himself(extract) -> None:
    r = extract("Uruguay accused Paraguay of diverting river water. A spokesman for the Paraguayan army, Col. Tomas "
                "Irala, denied the accusation.")
    assert ("Tomas Irala", "DENIES", "Uruguay") in r.triples


def test_named_spokesman_keeps_a_later_conjunct(extract) -> None:
    r = extract("A spokesman for Paraguay's defence ministry, Col. Tomas Irala, said on Monday that the drills were "
                "routine and accused Uruguay of provocation.")
    assert ("Tomas Irala", "ACCUSES", "Uruguay") in r.triples
    assert ("Paraguay", "ACCUSES", "Uruguay") not in r.triples


def test_protest_of_a_ministry_is_answered_as_the_states(extract) -> None:
    r = extract("Uruguay's Foreign Office summoned the Paraguayan ambassador on Tuesday. A spokesman for Paraguay's "
                "embassy rejected what he called \"gross interference\".")
    assert ("Paraguay", "ACCUSES", "Uruguay") in r.triples
    assert ("Paraguay", "ACCUSES", "Foreign Office") not in r.triples
