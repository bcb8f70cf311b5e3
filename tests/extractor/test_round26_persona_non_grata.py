"""Round 26: persona non grata with the envoy named in apposition after the state's title, and as a participle
after the acting state's clause."""


def test_persona_non_grata_apposed_envoy_and_participle(extract) -> None:
    r = extract("BRUSSELS, June 12 - Belgium responded within hours, declaring Rwanda's ambassador, Claudine Mukamana, "
                "persona non grata.")
    assert ("Belgium", "COERCES", "Claudine Mukamana") in r.triples
    assert ("Belgium", "COERCES", "Rwanda") not in r.triples
