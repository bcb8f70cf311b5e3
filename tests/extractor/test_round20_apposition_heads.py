"""Round 20: "it"/"them" after an apposition is the head the apposition describes, not a body named inside it:
"Chile banned the Kuda Front, the armed wing of the Sorel Movement, accusing it of ..." accuses the Kuda Front
(apposition_heads.py)."""


def test_accusing_it_after_an_apposed_wing(extract) -> None:
    r = extract("Chile on Monday banned the Kuda Front, the armed wing of the Sorel Movement, accusing it of "
                "smuggling arms.")
    assert ("Chile", "ACCUSES", "Kuda Front") in r.triples
    assert ("Chile", "ACCUSES", "Sorel Movement") not in r.triples


def test_apposition_with_a_short_form(extract) -> None:
    r = extract("Chile on Monday banned the Kuda Front, the youth wing of the opposition Sorel Movement (SM), "
                "accusing it of inciting riots.")
    assert ("Chile", "ACCUSES", "Kuda Front") in r.triples
    assert ("Chile", "ACCUSES", "Sorel Movement") not in r.triples


def test_urged_it_after_an_apposed_rival(extract) -> None:
    r = extract("Peru sanctioned the Andes Mining Corporation, a partner of the Bolivian firm Salar Holdings, "
                "and urged it to halt exports.")
    assert ("Peru", "DEMANDS", "Andes Mining Corporation") in r.triples
    assert ("Peru", "DEMANDS", "Salar Holdings") not in r.triples


def test_coordinated_bodies_keep_the_last(extract) -> None:
    r = extract("Chile on Monday banned the Kuda Front and the Sorel Movement, accusing it of smuggling arms.")
    assert ("Chile", "ACCUSES", "Sorel Movement") in r.triples
