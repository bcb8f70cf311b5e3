"""Round 19: declaring diplomats persona non grata is an expulsion (COERCES); in the passive, by the acting state."""


def test_declared_persona_non_grata_active(extract) -> None:
    r = extract("Bolivia declared two Chilean diplomats persona non grata on Friday.")
    assert ("Bolivia", "COERCES", "two Chilean diplomats") in r.triples


def test_declared_persona_non_grata_quoted(extract) -> None:
    r = extract('Peru declared Bolivian consul Marta Quispe "persona non grata" over her remarks.')
    assert ("Peru", "COERCES", "Marta Quispe") in r.triples


def test_declared_persona_non_grata_passive_by_state(extract) -> None:
    r = extract("Two Chilean diplomats were declared persona non grata by Bolivia on Friday.")
    assert ("Bolivia", "COERCES", "Two Chilean diplomats") in r.triples


def test_declared_persona_non_grata_passive_implicit(extract) -> None:
    r = extract("Bolivia's foreign ministry accused Chile of meddling. Two Chilean diplomats were declared persona "
                "non grata on Friday.")
    assert ("Bolivia", "COERCES", "Two Chilean diplomats") in r.triples


def test_being_persona_non_grata_is_no_act(extract) -> None:
    r = extract("Pedro Alvarado has been persona non grata in Bolivia since 2019.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
