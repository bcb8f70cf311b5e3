"""Round 21: a stance on an act told in the passive with the act opening the sentence ("The ban was welcomed by X",
"The arrest was condemned by Y", "The sanctions were rejected by Z") is the stance-taker's on whoever did the act
(passive_stances.py); a name inside a longer description after "by" is not taken for the stance-taker."""


def test_arrest_welcomed_by_a_group(extract) -> None:
    r = extract("Ecuador arrested the former minister Luis Pardo on Monday. The arrest was welcomed by the civil "
                "society group Accion Ciudadana, whose coordinator spoke to reporters.")
    assert ("Accion Ciudadana", "SUPPORTS", "Ecuador") in r.triples


def test_sanctions_rejected_by_a_state(extract) -> None:
    r = extract("Canada imposed sanctions on three Peruvian mining firms on Friday. The sanctions were swiftly "
                "rejected by Peru.")
    assert ("Peru", "REJECTS", "Canada") in r.triples


def test_arrest_condemned_by_a_party(extract) -> None:
    r = extract("Ecuador arrested the activist Marta Vega on Monday. The arrest was condemned by the opposition "
                "Popular Unity Party.")
    assert ("Popular Unity Party", "ACCUSES", "Ecuador") in r.triples


def test_a_name_inside_a_longer_description_is_not_the_critic(extract) -> None:
    r = extract("Ecuador arrested the activist Marta Vega on Monday. The arrest was condemned by the most senior "
                "Peruvian bishop in Quito, Juan Mamani.")
    assert ("Peru", "ACCUSES", "Ecuador") not in r.triples
