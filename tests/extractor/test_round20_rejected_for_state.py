"""Round 20: a state body rejecting a request that another state's minister made, told in a later sentence ("the
Chilean foreign ministry rejected the call"), rejects that minister's state, as the development gold records it;
a rejection of one's own national's criticism stays with the critic."""

from __future__ import annotations


def test_a_ministry_rejecting_a_foreign_ministers_call_rejects_her_state(extract) -> None:
    triples = extract("Peru's foreign minister Ana Ruiz called on Chile to reopen the border. The Chilean foreign "
                      "ministry rejected the call within hours.").triples
    assert ("Chile", "REJECTS", "Peru") in triples
    assert ("Chile", "REJECTS", "Ana Ruiz") not in triples


def test_rejecting_a_compatriots_criticism_stays_with_the_critic(extract) -> None:
    triples = extract("Peru's opposition leader Ana Ruiz criticised the government's budget. The Peruvian presidency "
                      "rejected the criticism.").triples
    assert ("Peru", "REJECTS", "Ana Ruiz") in triples
