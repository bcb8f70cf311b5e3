"""Round 14 (part D): meetings with a delegation, a mission or a visiting official are meetings with its leader
when named ("met a Japanese delegation led by X") or with the state its demonym names ("assured a visiting
Indian delegation"); "an IMF mission led by X is expected in Lima" is X's visit, not the fund's."""


def test_visiting_delegation_is_met_by_the_host(extract):
    r = extract("COLOMBO, March 12 - Sri Lanka signed a port deal with China on Tuesday, a week after President "
                "Dinesh Perera assured a visiting Japanese delegation that Tokyo would remain a close partner.")
    assert ("Dinesh Perera", "MEETS_WITH", "Japan") in r.triples


def test_visiting_named_envoy_is_the_one_met(extract):
    r = extract("NUUK, May 3 - Greenland's premier, Aaja Lynge, received a visiting US special envoy, Mark Dorsey, "
                "on Monday.")
    assert ("Aaja Lynge", "MEETS_WITH", "Mark Dorsey") in r.triples


def test_meeting_a_delegation_led_by_someone_is_meeting_its_leader(extract):
    r = extract("VIENTIANE, May 3 - Foreign Minister Somsak Vong met a Japanese delegation led by Deputy Foreign "
                "Minister Haruki Sato in Vientiane on Tuesday.")
    assert ("Somsak Vong", "MEETS_WITH", "Haruki Sato") in r.triples


def test_mission_led_by_someone_visits_as_its_leader(extract):
    r = extract("LIMA, May 3 - Talks resumed last week, and an IMF mission led by Pedro Alvez is expected in Lima "
                "in June.")
    assert r.rel("Pedro Alvez", "MEETS_WITH", "Peru").status.value == "hypothetical"
    assert ("IMF", "MEETS_WITH", "Peru") not in r.triples


def test_offer_delivered_by_a_visiting_envoy_says_nothing_of_whom_he_met(extract):
    r = extract("NUUK, May 3 - Denmark said Greenland had turned down a US offer of a mining package, delivered by "
                "a visiting US special envoy, Mark Dorsey, last week.")
    assert not {t for t in r.triples if t[1] == "MEETS_WITH" and "Mark Dorsey" in t}


def test_delegation_led_by_someone_without_a_meeting_is_no_meeting(extract):
    r = extract("LIMA, May 3 - Peru sent a delegation led by Trade Minister Ana Soto to the summit in Chile.")
    assert not {t for t in r.triples if t[1] == "MEETS_WITH" and "Ana Soto" in t}
