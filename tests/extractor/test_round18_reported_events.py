"""Round 18 (E): a reported event ("the fighting", "the blast") that is the subject of a casualty verb is no act
of the speaker who tells its toll; the speaker's own forces still are."""

from __future__ import annotations


def test_monitor_telling_a_toll_is_no_attacker(extract) -> None:
    r = extract("The Andean Rights Monitor said the fighting near the border killed 12 soldiers and 9 Peruvian fighters.")
    assert not any(t[1] == "ATTACKS" for t in r.triples)


def test_toll_after_a_relative_clause(extract) -> None:
    r = extract("The Andean Rights Monitor, a Chile-based monitor, said the clashes, which began on May 2 after the "
                "murder of a trader, killed 19 policemen and 21 Peruvian fighters.")
    assert not any(t[1] == "ATTACKS" for t in r.triples)


def test_ministry_telling_a_toll_is_no_attacker(extract) -> None:
    r = extract("Bolivia's health ministry said the blast at the depot had killed four Peruvian workers.")
    assert not any(t[1] == "ATTACKS" and t[0] == "Bolivia" for t in r.triples)


def test_speakers_own_strikes_still_attack(extract) -> None:
    r = extract("Peru says its air strikes hit rebel camps of the Andean Liberation Front.")
    assert ("Peru", "ATTACKS", "Andean Liberation Front") in r.triples


def test_speakers_own_forces_still_attack(extract) -> None:
    r = extract("Peru said its forces had killed 21 Bolivian soldiers.")
    assert ("Peru", "ATTACKS", "Bolivia") in r.triples


def test_joined_verb_after_the_event_keeps_the_speaker(extract) -> None:
    r = extract("Peru said the fighting had ended and accused Bolivia of shelling its villages.")
    assert ("Peru", "ACCUSES", "Bolivia") in r.triples
