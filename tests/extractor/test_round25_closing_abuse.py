"""Round 25: abuse by a state's forces told before its speaker ("..., the group said.") or by a named lawyer after the
client's name ("X's lawyer, Y, said he had been beaten") -> the speaker ACCUSES the state (reported_abuse)."""

_LEAD = "NAIROBI, May 2 - Kenyan police arrested 14 activists on Monday. "


def test_closing_speaker(extract) -> None:
    r = extract(_LEAD + "Two of them were beaten by officers while in custody, Amnesty International said.")
    assert ("Amnesty International", "ACCUSES", "Kenya") in r.triples


def test_closing_anaphor(extract) -> None:
    r = extract("NAIROBI, May 2 - Kenyan police arrested 14 activists on Monday, according to the Kenya Human Rights "
                "Commission, an advocacy group. Two of them were allegedly beaten by officers while in custody, the "
                "group said.")
    assert ("Kenya Human Rights Commission", "ACCUSES", "Kenya") in r.triples


def test_named_lawyer_in_apposition(extract) -> None:
    r = extract("NAIROBI, May 2 - Kenyan police arrested Joseph Kamau on Monday. Kamau's lawyer, Jane Wanjiru, said "
                "he had been beaten by officers in custody.")
    assert ("Jane Wanjiru", "ACCUSES", "Kenya") in r.triples


def test_state_speaker_or_other_agent(extract) -> None:
    r = extract(_LEAD + "Two of them were beaten by officers while in custody, police spokesman John Otieno said.")
    assert ("John Otieno", "ACCUSES", "Kenya") not in r.triples
    r = extract("NAIROBI, May 2 - Three villagers were killed by militants on Monday, Amnesty International said.")
    assert ("Amnesty International", "ACCUSES", "Kenya") not in r.triples
