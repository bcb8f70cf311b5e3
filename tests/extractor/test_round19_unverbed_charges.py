"""Round 19: charges told without an accusation verb are accusations, so a later "rejected the accusations" has
someone to answer: a passive agent of a hostile act in reported speech ("said the bombing was ordered by X",
reported.passive_charges), a report in a verb coordinated with the first ("accused A of ... and said X was propping up
...", reported.coordinated_reports); a denial answers an imputed charge only when it was aimed at the denier's side."""


def test_passive_agent_of_a_bombing(extract) -> None:
    r = extract("Uruguay's interior minister said the bombing was ordered by Paraguay's intelligence service.")
    assert ("Uruguay", "ACCUSES", "Paraguay") in r.triples


def test_passive_agent_far_from_the_speech_verb(extract) -> None:
    r = extract("Uruguay's interior minister, Tomas Vidal, told reporters that police had firm evidence that the blast, which "
                "wrecked a bridge, was carried out by Paraguay's military intelligence agency. "
                "Paraguay rejected the accusations.")
    assert ("Tomas Vidal", "ACCUSES", "Paraguay") in r.triples
    assert ("Paraguay", "DENIES", "Tomas Vidal") in r.triples


def test_no_evidence_of_a_passive_agent_is_no_charge(extract) -> None:
    r = extract("Uruguay said there was no evidence that the bombing was ordered by Paraguay.")
    assert ("Uruguay", "ACCUSES", "Paraguay") not in r.triples


def test_coordinated_report_accuses(extract) -> None:
    r = extract("Marta Lenz, who leads the opposition Green Front, accused the junta of buying votes and said "
                "Brazil was propping up the regime.")
    assert ("Marta Lenz", "ACCUSES", "Brazil") in r.triples


def test_coordinated_report_of_what_was_done_to_him_is_no_charge(extract) -> None:
    r = extract("Diego Pons's lawyer, Marta Lenz, denied the charges and said he had been tortured by guards.")
    assert ("Diego Pons", "ACCUSES", "Marta Lenz") not in r.triples
    assert ("Marta Lenz", "ACCUSES", "Diego Pons") not in r.triples


def test_denial_of_charges_skips_an_imputed_charge_against_another(extract) -> None:
    r = extract("Interior Minister Tomas Vidal said the blast was ordered by Paraguay's intelligence service. "
                "A Uruguayan man, Diego Pons, was arrested on Monday. He denied the charges.")
    assert ("Diego Pons", "DENIES", "Tomas Vidal") not in r.triples
