"""Round 20: support restated for a state's standing ("reiterated its full support for the sovereignty and
territorial integrity of X", "Y's support for the unity of X") -> SUPPORTS X; support for something of X's that is
no standing ("the security forces of X", "the talks with X") is no support of X."""


def test_reiterated_support_for_sovereignty(extract) -> None:
    r = extract("Ghana reiterated its full support for the sovereignty, unity and territorial integrity of Togo.")
    assert ("Ghana", "SUPPORTS", "Togo") in r.triples


def test_possessed_support_for_territorial_integrity(extract) -> None:
    r = extract("Ghana's support for the territorial integrity of Togo has not changed, the minister said.")
    assert ("Ghana", "SUPPORTS", "Togo") in r.triples


def test_support_for_talks_is_not_support_of_the_party(extract) -> None:
    r = extract("Ghana reiterated its support for the talks with Togo.")
    assert ("Ghana", "SUPPORTS", "Togo") not in r.triples
