"""Lifting or easing sanctions is EASES_SANCTIONS only: the "sanctions on X" inside "lifted sanctions on X" is not
also a SANCTIONS edge dated to the day they were lifted; "lifted the sanctions it had imposed on X" names X."""

from __future__ import annotations


def test_lifting_sanctions_is_not_also_sanctioning(extract) -> None:
    r = extract("The United Kingdom lifted sanctions on Moldova's largest fertiliser maker on Thursday.")
    assert ("United Kingdom", "EASES_SANCTIONS", "Moldova") in r.triples
    assert not any(t == "SANCTIONS" for _, t, _ in r.triples)


def test_eased_sanctions_on_a_named_firm(extract) -> None:
    r = extract("Japan eased sanctions on Kestrel Maritime, a shipping firm based in Panama.")
    assert ("Japan", "EASES_SANCTIONS", "Kestrel Maritime") in r.triples
    assert ("Japan", "SANCTIONS", "Kestrel Maritime") not in r.triples


def test_lifting_the_sanctions_a_state_had_imposed_names_their_target(extract) -> None:
    r = extract("Norway lifted the sanctions it had imposed on Armenian banker Suren Avakian in 2022.")
    assert ("Norway", "EASES_SANCTIONS", "Suren Avakian") in r.triples
    assert ("Norway", "SANCTIONS", "Suren Avakian") not in r.triples


def test_kept_sanctions_stay_sanctions_beside_eased_ones(extract) -> None:
    r = extract("Australia kept its sanctions on Iran but eased sanctions on Syria on Monday.")
    assert ("Australia", "SANCTIONS", "Iran") in r.triples
    assert ("Australia", "EASES_SANCTIONS", "Syria") in r.triples
    assert ("Australia", "SANCTIONS", "Syria") not in r.triples


def test_a_call_to_lift_existing_sanctions_still_records_the_sanctions(extract) -> None:
    r = extract("Bolivia's opposition asked Brazil for the lifting of existing sanctions on Bolivian mining firms, "
                "officials said.")
    assert ("Brazil", "SANCTIONS", "Bolivian mining firms") in r.triples


def test_asking_a_state_for_the_lifting_of_sanctions_leaves_the_lifting_hypothetical(extract) -> None:
    r = extract("Bolivia's opposition asked Brazil for the lifting of sanctions on Bolivian mining firms.")
    assert r.rel("Brazil", "EASES_SANCTIONS", "Bolivian mining firms").status == "hypothetical"


def test_the_lifting_of_sanctions_itself_stays_asserted(extract) -> None:
    r = extract("Brazil announced the lifting of sanctions on Bolivian mining firms on Friday.")
    assert r.rel("Brazil", "EASES_SANCTIONS", "Bolivian mining firms").status == "asserted"
