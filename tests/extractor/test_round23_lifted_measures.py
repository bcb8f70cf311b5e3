"""Round 23: measures other than sanctions lifted ("lifted its ban on imports from X", "eased the curbs on X",
"lifted X's suspension"), the lifting told by a noun ("the lifting of measures against X by Y") or passively
("sanctions on X were lifted by Y") -> EASES_SANCTIONS, never SANCTIONS; not measures eased at home."""


def test_ban_on_imports_lifted(extract) -> None:
    r = extract("Turkmenistan lifted its ban on imports from Tajikistan on Friday.")
    assert ("Turkmenistan", "EASES_SANCTIONS", "Tajikistan") in r.triples
    assert ("Turkmenistan", "SANCTIONS", "Tajikistan") not in r.triples


def test_suspension_lifted(extract) -> None:
    r = extract("The African Union lifted Tajikistan's suspension on Friday.")
    assert ("African Union", "EASES_SANCTIONS", "Tajikistan") in r.triples


def test_lifting_of_measures_by(extract) -> None:
    r = extract("The lifting of measures against Tajikistan by Turkmenistan surprised analysts.")
    assert ("Turkmenistan", "EASES_SANCTIONS", "Tajikistan") in r.triples


def test_sanctions_lifted_passively(extract) -> None:
    r = extract("Sanctions on Tajikistan were lifted by Turkmenistan on Friday.")
    assert ("Turkmenistan", "EASES_SANCTIONS", "Tajikistan") in r.triples
    assert ("Turkmenistan", "SANCTIONS", "Tajikistan") not in r.triples


def test_measures_eased_at_home(extract) -> None:
    r = extract("Turkmenistan eased its lockdown measures on Friday, days after Tajikistan did.")
    assert ("Turkmenistan", "EASES_SANCTIONS", "Tajikistan") not in r.triples
