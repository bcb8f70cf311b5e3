"""Round 20: a report that someone pressed, threatened or abused others, or bears the blame, accuses them though no
accusation verb is used ("X said Y had threatened shipping firms", "... had exploited students", "... bears full
responsibility for the escalation", "... was to blame"); a threat to do something oneself is no charge, and an
apposed speaker ("Z, a spokeswoman, said") reports as Z."""


def test_threatened_others(extract) -> None:
    r = extract("Uruguay's envoy Lucia Ferrer said Paraguay had threatened and sanctioned shipping companies.")
    assert ("Lucia Ferrer", "ACCUSES", "Paraguay") in r.triples


def test_exploited_after_an_apposed_speaker(extract) -> None:
    r = extract("The decree was welcomed by the ruling Colorado Union, whose spokeswoman, Lucia Ferrer, said the "
                "Riverine Front had \"exploited pupils for years\".")
    assert ("Lucia Ferrer", "ACCUSES", "Riverine Front") in r.triples


def test_bears_responsibility(extract) -> None:
    r = extract("Lucia Ferrer said Paraguay bears full responsibility for the escalation on the river.")
    assert ("Lucia Ferrer", "ACCUSES", "Paraguay") in r.triples


def test_to_blame(extract) -> None:
    r = extract("Lucia Ferrer said Paraguay was to blame for the collapse of the talks.")
    assert ("Lucia Ferrer", "ACCUSES", "Paraguay") in r.triples


def test_threatening_to_leave_is_no_charge(extract) -> None:
    r = extract("Lucia Ferrer said Paraguay had threatened to leave the talks.")
    assert ("Lucia Ferrer", "ACCUSES", "Paraguay") not in r.triples


def test_a_body_in_an_apposition_does_not_report(extract) -> None:
    r = extract("Tomas Irala, a Foreign Ministry spokesman, said Uruguay \"stands firmly with Brazil\" and urged "
                "Paraguay to stop intimidating its neighbour.")
    assert ("Foreign Ministry", "ACCUSES", "Uruguay") not in r.triples
