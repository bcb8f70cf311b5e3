"""Round 21: a detention named by a noun whose owner is the one held ("Rosa Mamani's detention was arbitrary",
"X, who turned state witness after his arrest") -> the acting state COERCES them (possessed_detentions); not
"Bolivia's arrest of X" (the owner acts), nor a detention only sought ("called for X's arrest", "X's arrest
warrant")."""


def test_owned_detention(extract) -> None:
    r = extract("Bolivia's ombudsman said on Monday that Rosa Mamani's detention was arbitrary.")
    assert ("Bolivia", "COERCES", "Rosa Mamani") in r.triples


def test_his_arrest_in_a_relative_clause(extract) -> None:
    r = extract("Hugo Quispe, who turned state witness after his arrest, told Bolivia's Supreme Court that he had "
                "been paid.")
    assert ("Bolivia", "COERCES", "Hugo Quispe") in r.triples


def test_owned_detention_by_a_named_state(extract) -> None:
    r = extract("Amnesty said Rosa Mamani's detention by Paraguay was unlawful.")
    assert ("Paraguay", "COERCES", "Rosa Mamani") in r.triples


def test_the_owner_acting_or_a_sought_arrest(extract) -> None:
    r = extract("Paraguay's arrest of Rosa Mamani angered Bolivia.")
    assert ("Rosa Mamani", "COERCES", "Paraguay") not in r.triples
    r = extract("Bolivia's opposition called for Hugo Quispe's arrest on Monday.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
    r = extract("Hugo Quispe's arrest warrant was issued by a court in Sucre, Bolivia said.")
    assert ("Bolivia", "COERCES", "Hugo Quispe") not in r.triples
