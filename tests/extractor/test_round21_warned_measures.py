"""Round 21: a measure named by a noun that a warning holds out ("warned that it could reimpose sanctions on X",
"warned they could restore UN sanctions on X") -> the warner THREATENS X, whoever's measure it would be; not a
threat to the measure's owner (warned_acts, relations)."""


def test_reimposed_sanctions_warned_of(extract) -> None:
    r = extract("Uruguay warned on Tuesday that it could reimpose sanctions on Paraguay.")
    assert ("Uruguay", "THREATENS", "Paraguay") in r.triples
    assert ("Uruguay", "SANCTIONS", "Paraguay") not in r.triples


def test_another_bodys_measure_warned_of(extract) -> None:
    r = extract("Three Nordic governments have warned they could restore United Nations sanctions on Paraguay.")
    assert ("Nordic governments", "THREATENS", "Paraguay") in r.triples
    assert ("Nordic governments", "THREATENS", "United Nations") not in r.triples
    r = extract("Uruguay warned it could extend EU sanctions on Paraguay.")
    assert ("Uruguay", "THREATENS", "Paraguay") in r.triples
    assert ("Uruguay", "THREATENS", "EU") not in r.triples


def test_a_measure_taken_is_no_threat(extract) -> None:
    r = extract("Uruguay reimposed sanctions on Paraguay on Tuesday.")
    assert ("Uruguay", "SANCTIONS", "Paraguay") in r.triples
    assert ("Uruguay", "THREATENS", "Paraguay") not in r.triples
