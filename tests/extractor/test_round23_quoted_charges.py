"""Round 23: a charge or a demand quoted before its speaker ('"Moscow is arming the separatists," X said') is read
as "X said Moscow is arming ...": X ACCUSES the quotation's subject, or DEMANDS of it what it "must" do."""


def test_quoted_charge_then_speaker(extract) -> None:
    r = extract('"Santiago has been smuggling weapons across the border," Peru\'s foreign minister, Ana Duarte, said.')
    assert ("Ana Duarte", "ACCUSES", "Chile") in r.triples


def test_quoted_charge_said_first(extract) -> None:
    r = extract('"Minsk is trying to destabilise our country," said Poland\'s interior minister, Tomasz Nowak.')
    assert ("Tomasz Nowak", "ACCUSES", "Belarus") in r.triples


def test_quoted_demand(extract) -> None:
    r = extract('"Somalia must withdraw its troops from the border," Kenya said.')
    assert ("Kenya", "DEMANDS", "Somalia") in r.triples


def test_no_charge_when_hedged_or_fought(extract) -> None:
    r = extract('"Chile would never attack us," Peru said.')
    assert ("Peru", "ACCUSES", "Chile") not in r.triples
    r = extract('"Chile has made progress by prosecuting smuggling cases," Peru said.')
    assert ("Peru", "ACCUSES", "Chile") not in r.triples


def test_quotation_opened_by_a_colon(extract) -> None:
    r = extract('Kenya\'s foreign minister, Ana Duarte, said: "Mogadishu is trying to destabilise the region."')
    assert ("Ana Duarte", "ACCUSES", "Somalia") in r.triples
    r = extract('Kenya said in a statement: "Somalia must withdraw its troops from the border."')
    assert ("Kenya", "DEMANDS", "Somalia") in r.triples
