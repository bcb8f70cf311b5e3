"""Round 23: a removal from a sanctions list told of the one removed ("Y's removal from the U.S. blacklist", "Y
welcomed its removal from X's sanctions list", "Y was removed from the Canadian list of terrorist organisations")
-> the list's owner EASES_SANCTIONS Y (delisted_owners); and the party a defendant is charged with serving ("charged
with spying for X") is not the agentless charge's prosecutor (suspected_parties)."""


def test_possessed_removal_from_a_list(extract) -> None:
    r = extract("Moldova's removal from the Japanese sanctions list was announced on Monday.")
    assert ("Japan", "EASES_SANCTIONS", "Moldova") in r.triples


def test_its_removal_welcomed(extract) -> None:
    r = extract("Moldova welcomed its removal from the sanctions list of Japan.")
    assert ("Japan", "EASES_SANCTIONS", "Moldova") in r.triples


def test_removed_passively_from_a_list_of_a_demonym(extract) -> None:
    r = extract("The Ixil Front was removed from the Canadian list of terrorist organisations on Monday.")
    assert ("Canada", "EASES_SANCTIONS", "Ixil Front") in r.triples


def test_removal_only_demanded(extract) -> None:
    r = extract("Moldova demanded its removal from the Japanese sanctions list.")
    assert ("Japan", "EASES_SANCTIONS", "Moldova") not in r.triples


def test_charged_with_spying_for_a_country(extract) -> None:
    r = extract("Ion Rusu was charged with spying for Moldova, Romanian prosecutors said.")
    assert ("Moldova", "INVESTIGATES", "Ion Rusu") not in r.triples
    assert ("Romania", "INVESTIGATES", "Ion Rusu") in r.triples
