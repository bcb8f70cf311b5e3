"""Round 30 (ties): a "Government <post>" after a sentence a state opens is that state's post
(answering_voices.py); whose lawyer "his/her/their lawyer, X" and "X, a lawyer for the Y" is (personal_ties.py)."""

_LISBON = "LISBON, March 3 (Wire) - Portugal accused Angola on Monday of detaining three of its fishermen.\n\n"


def test_government_spokesman_after_the_denying_state(extract) -> None:
    r = extract(_LISBON + "Angola denied the charge. Government spokesman Tomas Neto said the boat had strayed.")
    assert ("Tomas Neto", "HOLDS_POSITION", "Angola") in r.triples
    assert ("Tomas Neto", "HOLDS_POSITION", "Portugal") not in r.triples


def test_government_spokesman_after_a_capital_and_its_ministry(extract) -> None:
    for opener in ("Luanda rejected the accusation.", "Angola's foreign ministry dismissed the complaint."):
        r = extract(_LISBON + opener + " Government spokesman Tomas Neto said the crew would be freed.")
        assert ("Tomas Neto", "HOLDS_POSITION", "Angola") in r.triples, opener


def test_government_spokesman_in_a_new_paragraph_stays_the_storys(extract) -> None:
    r = extract(_LISBON + "Angola denied the charge.\n\nGovernment spokesman Tomas Neto said the boat had strayed.")
    assert ("Tomas Neto", "HOLDS_POSITION", "Portugal") in r.triples
    assert ("Tomas Neto", "HOLDS_POSITION", "Angola") not in r.triples


_NAIROBI = "NAIROBI, May 4 (Wire) - Police on Monday arrested Daniel Mwangi, an opposition activist. "


def test_his_lawyer_said_the_client_did(extract) -> None:
    r = extract(_NAIROBI + "Interior Minister Joseph Kamau said the arrest was lawful. "
                "His lawyer, Ruth Otieno, said Mwangi denied the charges.")
    assert ("Ruth Otieno", "ASSOCIATED_WITH", "Daniel Mwangi") in r.triples
    assert ("Ruth Otieno", "ASSOCIATED_WITH", "Joseph Kamau") not in r.triples


def test_her_lawyer_is_the_woman_a_she_stood_for(extract) -> None:
    r = extract("NAIROBI, May 4 (Wire) - Police on Monday detained Grace Wanjiku after she led a march. "
                "Joseph Kamau accused the march organisers of violence. Her lawyer, Peter Ochieng, said she would appeal.")
    assert ("Peter Ochieng", "ASSOCIATED_WITH", "Grace Wanjiku") in r.triples
    assert ("Peter Ochieng", "ASSOCIATED_WITH", "Joseph Kamau") not in r.triples


def test_his_lawyer_after_a_quote(extract) -> None:
    r = extract("NAIROBI, May 4 (Wire) - Police on Monday arrested Daniel Mwangi. Mwangi denies the charges. "
                '"This is politics," his lawyer, Ruth Otieno, told reporters.')
    assert ("Ruth Otieno", "ASSOCIATED_WITH", "Daniel Mwangi") in r.triples


def test_their_lawyer_after_a_group(extract) -> None:
    r = extract("NAIROBI, May 4 (Wire) - The two suspects have denied the charges, their lawyer, Ruth Otieno, said.")
    assert ("Ruth Otieno", "ASSOCIATED_WITH", "two suspects") in r.triples


def test_a_lawyer_for_some_of_a_group(extract) -> None:
    r = extract("NAIROBI, May 4 (Wire) - Police detained 12 suspects on Monday. "
                "Ruth Otieno, a lawyer for five of the suspects, said they had been beaten.")
    assert ("Ruth Otieno", "ASSOCIATED_WITH", "12 suspects") in r.triples


def test_a_lawyer_at_a_bar_is_no_ones(extract) -> None:
    r = extract("NAIROBI, May 4 (Wire) - Police detained 12 suspects on Monday. "
                "Ruth Otieno, a lawyer at the Nairobi bar, said the law was unclear.")
    assert ("Ruth Otieno", "ASSOCIATED_WITH", "12 suspects") not in r.triples


_OSLO = ("OSLO, June 2 (Wire) - Norway accused Belarus on Monday of sending migrants across its northern border. "
         "Belarus denied the charge.\n\n")


def test_bare_ambassador_handed_a_note_is_the_other_states(extract) -> None:
    r = extract(_OSLO + "Foreign Minister Kari Lund handed the ambassador, Pavel Orsha, a protest note.")
    assert ("Pavel Orsha", "HOLDS_POSITION", "Belarus") in r.triples
    assert ("Pavel Orsha", "HOLDS_POSITION", "Norway") not in r.triples
    assert ("Kari Lund", "HOLDS_POSITION", "Norway") in r.triples  # (the opener of the paragraph before is not hers)


def test_bare_consul_named_in_a_report(extract) -> None:
    r = extract(_OSLO + "Police said the suspect had spoken several times with the consul, Pavel Orsha.")
    assert ("Pavel Orsha", "HOLDS_POSITION", "Belarus") in r.triples


def test_recalled_ambassador_is_not_the_other_states(extract) -> None:
    r = extract(_OSLO + "Norway recalled Ambassador Pavel Orsha for consultations.")
    assert ("Pavel Orsha", "HOLDS_POSITION", "Belarus") not in r.triples
