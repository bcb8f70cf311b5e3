"""Round 20: a plea of not guilty or a maintained innocence denies the charge, answering whoever brought it ("X
charged Y ... Y pleaded not guilty" -> Y DENIES X); a plea still to come is hypothetical."""


def test_pleaded_not_guilty(extract) -> None:
    r = extract("Paraguay charged Tomas Irala with espionage. Irala pleaded not guilty to all counts.")
    assert ("Tomas Irala", "DENIES", "Paraguay") in r.triples


def test_maintained_his_innocence(extract) -> None:
    r = extract("Paraguay charged Tomas Irala with espionage. Irala has maintained his innocence.")
    assert ("Tomas Irala", "DENIES", "Paraguay") in r.triples


def test_plea_to_come_is_hypothetical(extract) -> None:
    r = extract("Paraguay charged Tomas Irala with espionage. Irala will plead not guilty, his lawyer said.")
    rel = next(x for x in r.extraction.relations if x.type == "DENIES")
    assert rel.status.value == "hypothetical"


def test_no_plea_without_a_charge(extract) -> None:
    r = extract("Tomas Irala pleaded not guilty on Monday.")
    assert not [x for x in r.extraction.relations if x.type == "DENIES"]
