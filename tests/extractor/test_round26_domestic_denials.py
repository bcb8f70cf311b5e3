"""Round 26: a person denying their own leader's accusation in a story filed from that country answers the leader
(state_voices._domestic_rival); a foreign minister's denial still answers the leader's state."""


def test_governor_denies_the_president_at_home(extract) -> None:
    r = extract("ABUJA, March 20 - Nigerian President Olumide Bankole on Tuesday accused Governor Sokari Amadi of "
                "failing to act against militants. Amadi denied the president's accusation.")
    assert ("Sokari Amadi", "DENIES", "Olumide Bankole") in r.triples
    assert ("Sokari Amadi", "DENIES", "Nigeria") not in r.triples


def test_foreign_minister_denies_the_state(extract) -> None:
    r = extract("VILNIUS, March 20 - Lithuanian Prime Minister Ingrida Simonyte accused Belarus of staging the border "
                "crisis. Belarusian Foreign Minister Sergei Aleinik rejected the accusation.")
    assert ("Sergei Aleinik", "DENIES", "Lithuania") in r.triples
    assert ("Sergei Aleinik", "DENIES", "Ingrida Simonyte") not in r.triples
