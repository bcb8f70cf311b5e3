"""Round 27, coercion and threats: a group of a state's envoys expelled is an act against that state; an order to
leave aimed at an envoy named in apposition is against the envoy; a threat whose modal opens a quotation; a warning
coordinated after a reported denial is the speaker's."""


def test_expelled_envoy_group_is_against_their_state(extract) -> None:
    r = extract("LIMA, March 13 - Peru expelled six Chilean diplomats on Wednesday.")
    assert ("Peru", "COERCES", "Chile") in r.triples
    assert ("Peru", "COERCES", "six Chilean diplomats") in r.triples
    r = extract("LIMA, March 13 - Peru on Wednesday ordered 12 Chilean consular officials to leave the country.")
    assert ("Peru", "COERCES", "Chile") in r.triples


def test_envoys_arrested_or_others_expelled_are_not_their_state(extract) -> None:
    r = extract("LIMA, March 13 - Peru arrested six Chilean diplomats on Wednesday.")
    assert ("Peru", "COERCES", "Chile") not in r.triples
    r = extract("LIMA, March 13 - Peru expelled six Chilean fishermen on Wednesday.")
    assert ("Peru", "COERCES", "Chile") not in r.triples


def test_order_to_leave_reaches_the_apposed_envoy(extract) -> None:
    r = extract("LIMA, March 13 - Peru on Monday ordered Chile's ambassador, Luis Soto, to leave the country "
                "within 72 hours.")
    assert ("Peru", "COERCES", "Luis Soto") in r.triples
    assert ("Peru", "COERCES", "Chile") not in r.triples
    r = extract("LIMA, March 13 - Peru gave the Chilean ambassador, Luis Soto, 72 hours to leave the country.")
    assert ("Peru", "COERCES", "Luis Soto") in r.triples


def test_threat_with_quoted_modal(extract) -> None:
    r = extract('LIMA, March 13 - Peru warned that Chile "will face consequences" if the raids went on.')
    assert ("Peru", "THREATENS", "Chile") in r.triples
    r = extract('LIMA, March 13 - Peru said Chile "would face a difficult winter".')
    assert ("Peru", "THREATENS", "Chile") not in r.triples


def test_warning_after_a_reported_denial_is_the_speakers(extract) -> None:
    r = extract("LIMA, March 13 - Peru's foreign minister, Ana Ruiz, denied that Bolivia had armed the rebels and "
                "warned that Chile would face consequences.")
    assert ("Ana Ruiz", "THREATENS", "Chile") in r.triples
    assert ("Bolivia", "THREATENS", "Chile") not in r.triples


def test_passive_custody_with_its_agent(extract) -> None:
    r = extract("LIMA, March 13 - Ana Ruiz was taken into custody by the Kuda Front on Monday.")
    assert ("Kuda Front", "COERCES", "Ana Ruiz") in r.triples
    r = extract("LIMA, March 13 - Ana Ruiz, who was placed under house arrest by Ecuador's interior ministry in April, "
                "began a hunger strike.")
    assert ("Ecuador", "COERCES", "Ana Ruiz") in r.triples
    r = extract("LIMA, March 13 - Ana Ruiz was taken into custody after the Kuda Front filed a complaint.")
    assert ("Kuda Front", "COERCES", "Ana Ruiz") not in r.triples


def test_protest_lodged_by_a_summons_is_not_the_envoys(extract) -> None:
    r = extract("NEW DELHI, March 13 - India's foreign ministry ordered six Canadian diplomats to leave the country "
                "by Saturday and summoned Canada's charge d'affaires, Helen Marchetti, to lodge a formal protest, "
                "officials said.")
    assert ("India", "PROTESTS", "Canada") in r.triples
    assert ("Helen Marchetti", "PROTESTS", "India") not in r.triples


def test_questions_raised_about_a_state_are_no_inquiry(extract) -> None:
    r = extract('BRUSSELS, March 13 - The European Commission said the detention raised "serious questions" about '
                "Turkey's commitment to democratic standards.")
    assert ("European Commission", "INVESTIGATES", "Turkey") not in r.triples
    r = extract("LIMA, March 13 - Ana Ruiz was questioned by Ecuadorian prosecutors on Monday.")
    assert ("Ecuador", "INVESTIGATES", "Ana Ruiz") in r.triples
