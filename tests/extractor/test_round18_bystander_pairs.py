"""Round 18 (H): "the two countries ... accused each other" after a list of two bystander states (who only
reacted) is the dispute of the story's two most named states, when the story set those against each other."""

from __future__ import annotations


def test_bystander_list_is_not_the_pair(extract) -> None:
    r = extract("Chile accused Peru of shelling border villages on Monday. Peru accused Chile of lying. Chile "
                "summoned Peru's ambassador. Brazil and Uruguay issued similar statements. The two countries signed "
                "a truce in 2023, but each has since accused the other of breaking it.")
    assert not {("Brazil", "ACCUSES", "Uruguay"), ("Uruguay", "ACCUSES", "Brazil")} & r.triples


def test_listed_pair_at_odds_stays(extract) -> None:
    r = extract("Chile accused Peru of shelling border villages on Monday. Brazil and Uruguay clashed at sea. "
                "The two countries have since accused each other of lying.")
    assert ("Brazil", "ACCUSES", "Uruguay") in r.triples
