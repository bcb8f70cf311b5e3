"""Round 19: security ties a party holds rather than makes -- "X, which has long-standing military ties with Y",
"X signed defence cooperation memoranda with Y", "X and Z, Y's main security partners" -- are COOPERATES_WITH
(a plain pact signed, trade ties and ties once held are not)."""


def test_relative_clause_military_ties_held(extract) -> None:
    r = extract("Chile, which has long-standing military ties with Peru, stayed silent on Monday.")
    assert ("Chile", "COOPERATES_WITH", "Peru") in r.triples


def test_maintains_security_relations(extract) -> None:
    r = extract("Ghana maintains close security relations with Togo, officials said.")
    assert ("Ghana", "COOPERATES_WITH", "Togo") in r.triples


def test_trade_or_past_ties_are_not_cooperation(extract) -> None:
    r = extract("Chile, which once had military ties with Peru, stayed silent on Monday.")
    assert ("Chile", "COOPERATES_WITH", "Peru") not in r.triples
    r = extract("Brazil has strong trade ties with Bolivia, officials said.")
    assert ("Brazil", "COOPERATES_WITH", "Bolivia") not in r.triples


def test_security_partner_of(extract) -> None:
    r = extract("Chile, a key security partner of Peru, said on Monday it would send advisers.")
    assert ("Chile", "COOPERATES_WITH", "Peru") in r.triples


def test_cooperation_memoranda_signed(extract) -> None:
    r = extract("Ghana has since signed new defence cooperation memoranda with Togo and Benin.")
    assert ("Ghana", "COOPERATES_WITH", "Togo") in r.triples
    assert ("Ghana", "COOPERATES_WITH", "Benin") in r.triples


def test_plain_pact_signed_is_agreement_only(extract) -> None:
    r = extract("Ghana signed a trade agreement with Togo on Monday.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples
    assert ("Ghana", "COOPERATES_WITH", "Togo") not in r.triples


def test_denied_ties_are_no_cooperation(extract) -> None:
    r = extract("Ghana has no security ties with Togo, officials said.")
    if ("Ghana", "COOPERATES_WITH", "Togo") in r.triples:
        assert r.rel("Ghana", "COOPERATES_WITH", "Togo").status.value != "asserted"


def test_possessive_security_partners_apposition(extract) -> None:
    r = extract("Peru and Chile, Bolivia's main security partners, declined to comment on the arrests.")
    assert ("Peru", "COOPERATES_WITH", "Bolivia") in r.triples
    assert ("Chile", "COOPERATES_WITH", "Bolivia") in r.triples


def test_trading_partner_apposition_is_no_cooperation(extract) -> None:
    r = extract("Brazil, Bolivia's largest trading partner, declined to comment on the arrests.")
    assert ("Brazil", "COOPERATES_WITH", "Bolivia") not in r.triples


def test_leader_signing_cooperation_pact_commits_the_state(extract) -> None:
    r = extract("Ghanaian President Kwame Osei signed a security cooperation pact with Togo on Monday.")
    assert ("Ghana", "COOPERATES_WITH", "Togo") in r.triples
    assert ("Kwame Osei", "COOPERATES_WITH", "Togo") not in r.triples


def test_memoranda_signed_are_also_agreements(extract) -> None:
    r = extract("Ghana has since signed new defence cooperation memoranda with Togo.")
    assert ("Ghana", "AGREES_WITH", "Togo") in r.triples
    assert ("Ghana", "COOPERATES_WITH", "Togo") in r.triples
