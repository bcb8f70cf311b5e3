"""Round 23: a warrant told as a noun names its issuer ("Spain's arrest warrant for X", "a warrant issued by Peru for
X" -> the issuer INVESTIGATES X); "arrest warrant" is no arrest; whoever executes or ignores a warrant is not its
issuer; a price put on someone ("offered rewards ... for X", "put a bounty on X") COERCES them."""


def test_owned_warrant(extract) -> None:
    r = extract("Spain's arrest warrant for Carles Puigdemont remains in force, officials said.")
    assert ("Spain", "INVESTIGATES", "Carles Puigdemont") in r.triples
    assert ("Spain", "COERCES", "Carles Puigdemont") not in r.triples


def test_warrant_issued_by(extract) -> None:
    r = extract("A warrant issued by Argentina for Ahmad Vahidi remains in force.")
    assert ("Argentina", "INVESTIGATES", "Ahmad Vahidi") in r.triples


def test_executed_warrant_has_no_issuer_there(extract) -> None:
    r = extract("Thailand has not executed the Cambodian arrest warrant for Sam Rainsy.")
    assert not [t for t in r.triples if t[0] == "Thailand"]


def test_bounty(extract) -> None:
    r = extract("Iran put a bounty on Salman Rushdie in 1989.")
    assert ("Iran", "COERCES", "Salman Rushdie") in r.triples
    r = extract("Ecuador paid a reward to the informant Luis Vera.")
    assert ("Ecuador", "COERCES", "Luis Vera") not in r.triples


def test_arrest_on_anothers_warrant(extract) -> None:
    r = extract("Police in Bulgaria arrested Ana Ruiz on Friday on a warrant issued by Peru.")
    assert ("Peru", "INVESTIGATES", "Ana Ruiz") in r.triples
    assert ("Bulgaria", "COERCES", "Ana Ruiz") in r.triples
    assert r.rel("Peru", "INVESTIGATES", "Ana Ruiz").date is None  # (Friday is the arrest's day)
