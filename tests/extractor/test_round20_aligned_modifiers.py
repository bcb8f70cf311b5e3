"""Round 20: a state before "-aligned"/"-allied" on a body's name ("the Peru-aligned Tolo Front", "the Tolo Front,
a Lima-allied militia,") -> the body SUPPORTS the state, as "aligned with" does (led_by.backed_by); "-backed" keeps
the state SUPPORTS the body."""


def test_aligned_before_the_name(extract) -> None:
    r = extract("The Peru-aligned Tolo Front shelled a border post on Monday.")
    assert ("Tolo Front", "SUPPORTS", "Peru") in r.triples
    assert ("Peru", "SUPPORTS", "Tolo Front") not in r.triples


def test_allied_in_an_apposition(extract) -> None:
    r = extract("The Tolo Front, a Kremlin-allied militia, shelled a border post on Monday.")
    assert ("Tolo Front", "SUPPORTS", "Russia") in r.triples


def test_backed_keeps_its_direction(extract) -> None:
    r = extract("The Peru-backed Tolo Front shelled a border post on Monday.")
    assert ("Peru", "SUPPORTS", "Tolo Front") in r.triples
