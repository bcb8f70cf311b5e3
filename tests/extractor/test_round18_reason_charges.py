"""Round 18: "held in Peru on espionage charges" names the reason for a detention; "charges" there is a noun,
not the verb (the detainees charge no one), while "Chile charges X with fraud" is still a charge."""


def test_detainees_held_on_charges_charge_no_one(extract) -> None:
    r = extract("At least 12 Chilean nationals have been detained in Peru on espionage charges since 2016, when Lima "
                "passed a security law.")
    assert not any(t[1] == "INVESTIGATES" and t[0].endswith("Chilean nationals") for t in r.triples)
    assert ("Peru", "COERCES", "At least 12 Chilean nationals") in r.triples


def test_a_row_over_charges_is_no_charge(extract) -> None:
    r = extract("Ana Ruiz, jailed over bribery charges, wrote to Chile's president.")
    assert not any(t[1] == "INVESTIGATES" and t[0] == "Ana Ruiz" for t in r.triples)


def test_the_verb_charges_still_charges(extract) -> None:
    assert ("Chile", "INVESTIGATES", "Ana Ruiz") in extract("Chile charges Ana Ruiz with fraud.").triples
    assert ("Peru", "INVESTIGATES", "Ana Ruiz") in extract("Peru on Monday charges Ana Ruiz with spying.").triples
