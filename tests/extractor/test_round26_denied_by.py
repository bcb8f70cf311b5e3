"""Round 26: ", a charge denied by X" denies the charge's author (events_denials.denied_by); the passive reading that
made X deny whoever the claim named is dropped (relations)."""


def test_suggestion_denied_by_a_spokeswoman(extract) -> None:
    r = extract("PORT LOUIS, March 13 - Lawmaker Gordon Ashcombe said Mauritius would let China build a port, a "
                "suggestion flatly denied by Raviraj Doolub's spokeswoman, Nadia Ramdin.")
    assert ("Nadia Ramdin", "DENIES", "Gordon Ashcombe") in r.triples
    assert not any(t[1] == "DENIES" and t[2] == "China" for t in r.triples)


def test_charge_denied_by_a_state(extract) -> None:
    r = extract("KYIV, March 13 - Ukraine accused Russia of shelling the plant, a charge rejected by Moscow.")
    assert ("Russia", "DENIES", "Ukraine") in r.triples


def test_no_charge_noun_no_denial(extract) -> None:
    r = extract("KYIV, March 13 - Ukraine accused Russia of shelling the plant, a port later visited by Tomas Ibarra.")
    assert not any(t[1] == "DENIES" for t in r.triples)
