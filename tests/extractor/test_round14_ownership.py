"""Round 14 (part D): ownership ties between a company and its owner told by a predicate or a participle
("X is partly owned by Y", "X, the gold miner majority-owned by Canadian group Y") or by a state's corporate noun
("Chile's state copper corporation Y") -> ASSOCIATED_WITH."""


def test_partly_owned_by_a_person(extract):
    r = extract("LILONGWE, May 3 - Malawi awarded a seed contract to Lakeshore Agro Holdings. According to the "
                "bureau, Lakeshore Agro Holdings is partly owned by Chikondi Phiri, a cousin of the agriculture "
                "minister.")
    assert ("Lakeshore Agro Holdings", "ASSOCIATED_WITH", "Chikondi Phiri") in r.triples


def test_miner_majority_owned_by_a_group(extract):
    r = extract("BAMAKO, June 19 - Mali on Thursday nationalised Sadiola Mining, the gold miner majority-owned by "
                "Canadian group Allied Metals Holdings.")
    assert ("Sadiola Mining", "ASSOCIATED_WITH", "Allied Metals Holdings") in r.triples


def test_a_states_corporation(extract):
    r = extract("SANTIAGO, May 3 - Lawmakers sued to annul a contract that gives a subsidiary of Chile's state "
                "copper corporation Codelta Holdings the right to mine lithium.")
    assert ("Codelta Holdings", "ASSOCIATED_WITH", "Chile") in r.triples


def test_owned_by_no_actor_gives_no_tie(extract):
    r = extract("SANTIAGO, May 3 - Lakeshore Agro Holdings is owned by the state.")
    assert not {t for t in r.triples if t[1] == "ASSOCIATED_WITH"}


def test_goods_owned_by_a_company_tie_nothing_to_the_seizer(extract):
    r = extract("SANTIAGO, May 3 - Chile seized a shipment owned by Andes Mining Holdings on Monday.")
    assert ("Chile", "ASSOCIATED_WITH", "Andes Mining Holdings") not in r.triples
