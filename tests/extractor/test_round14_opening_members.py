"""Round 14: "Officers of the X ..." opening a sentence: the plural noun is capitalised only because it opens the
sentence; the body is X, as with "officers of the X" mid-sentence (not for "Leaders of", "Supporters of")."""

from __future__ import annotations


def test_officers_of_a_service_act_for_it(extract):
    r = extract("Officers of the State Protection Bureau surrounded the house and arrested Tomas Reyko.")
    assert "State Protection Bureau" in r.kinds
    assert not any(name.startswith("Officers") for name in r.kinds)
    assert ("State Protection Bureau", "COERCES", "Tomas Reyko") in r.triples


def test_members_of_a_union_speak_for_it(extract):
    r = extract("Members of the Lakeland Nurses' Union accused the government of Malawi of lying.")
    assert ("Lakeland Nurses' Union", "ACCUSES", "Malawi") in r.triples
    assert not any(name.startswith("Members") for name in r.kinds)


def test_no_of_no_change(extract):
    r = extract("Officers said the Lakeland Nurses' Union had accused Malawi of fraud.")
    assert ("Lakeland Nurses' Union", "ACCUSES", "Malawi") in r.triples
    assert not any(name.startswith("Officers") for name in r.kinds)
