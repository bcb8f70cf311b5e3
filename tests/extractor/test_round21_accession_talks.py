"""Round 21: a state's accession talks with the body named before the noun ("Albania's EU accession talks", "its
European Union membership negotiations") -> the state NEGOTIATES_WITH the body, whoever stalls them."""


def test_possessive_state_and_body_before_the_talks(extract) -> None:
    r = extract("France on Tuesday delayed the next round of Albania's EU accession talks over judicial reform.")
    assert ("Albania", "NEGOTIATES_WITH", "EU") in r.triples


def test_membership_negotiations_with_the_full_name(extract) -> None:
    r = extract("Austria threatened to freeze Serbia's European Union membership negotiations.")
    assert ("Serbia", "NEGOTIATES_WITH", "European Union") in r.triples
    assert ("Austria", "NEGOTIATES_WITH", "European Union") not in r.triples


def test_its_talks_after_the_state(extract) -> None:
    r = extract("Moldova, which hopes to close its EU accession talks by 2030, arrested a judge on Monday.")
    assert ("Moldova", "NEGOTIATES_WITH", "EU") in r.triples


def test_a_bid_is_no_talks(extract) -> None:
    r = extract("Georgia's NATO membership bid stalled again on Monday.")
    assert not any(t[1] == "NEGOTIATES_WITH" for t in r.triples)
