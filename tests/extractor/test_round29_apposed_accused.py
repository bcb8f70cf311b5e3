"""Round 29: a second accused after the first one's apposition (gapped_accusations.apposed_conjunct_accusations)."""

_DATELINE = "LIMA, May 6 (Wire) - "


def test_second_accused_after_apposition(extract) -> None:
    r = extract(_DATELINE + "Peru accused Juan Perez, vice-president of the Kestrel Union (KU), and regional leader "
                "Ana Lopez of organising an attack on an army convoy.")
    assert ("Peru", "ACCUSES", "Juan Perez") in r.triples
    assert ("Peru", "ACCUSES", "Ana Lopez") in r.triples


def test_second_verb_after_apposition_is_no_accusation(extract) -> None:
    r = extract(_DATELINE + "Peru accused Juan Perez, a union leader, and met Ana Lopez for talks.")
    assert ("Peru", "ACCUSES", "Ana Lopez") not in r.triples
