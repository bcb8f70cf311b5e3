"""Round 29: capitals written without their accents stand for their states (countries.yaml, country_runs.py), and
a pact "reached", "struck", "initialled" ... by two parties named together is each one's with the other
(triggers.yaml)."""

_DATELINE = "NAIROBI, May 6 (Wire) - "


def test_unaccented_capital_is_its_state(extract) -> None:
    r = extract(_DATELINE + "France urged Yaounde on Monday to open a dialogue with the opposition.")
    assert ("France", "DEMANDS", "Cameroon") in r.triples


def test_unaccented_capital_rejects(extract) -> None:
    r = extract(_DATELINE + "India urged the Maldives to act. Male rejected the request on Tuesday.")
    assert ("Maldives", "REJECTS", "India") in r.triples


def test_adjective_opening_a_sentence_is_no_capital(extract) -> None:
    r = extract(_DATELINE + "Male voters turned out in large numbers on Monday.")
    assert "Maldives" not in {a.name for a in r.extraction.actors}


def test_pair_reaching_a_deal_agree_with_each_other(extract) -> None:
    for verb in ("reached", "struck", "sealed", "inked", "clinched", "concluded", "initialled", "finalised"):
        r = extract(_DATELINE + f"Kenya and Uganda {verb} a border agreement in Arusha on Friday.")
        assert ("Kenya", "AGREES_WITH", "Uganda") in r.triples, verb
        assert ("Uganda", "AGREES_WITH", "Kenya") in r.triples, verb


def test_initialled_with_a_partner(extract) -> None:
    r = extract(_DATELINE + "Kenya initialled a peace accord with Uganda on Friday.")
    assert ("Kenya", "AGREES_WITH", "Uganda") in r.triples


def test_reaching_the_end_of_a_truce_is_no_pact(extract) -> None:
    r = extract(_DATELINE + "Kenya and Uganda reached the end of the truce on Friday.")
    assert ("Kenya", "AGREES_WITH", "Uganda") not in r.triples
