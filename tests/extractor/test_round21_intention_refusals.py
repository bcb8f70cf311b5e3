"""Round 21: a party asked to act that later says it has no intention or plans to do so refuses the asker
(intention_refusals.py): the refused act shares a word with the act asked; a hostile aim disowned, an appeal for
restraint, or an unrelated plan is no refusal."""


def test_no_plans_to_end_what_was_asked_to_be_suspended(extract) -> None:
    r = extract("Human Rights Watch called on Canada to suspend its training programme for the Honduran police. "
                "Canada said on Friday that it had no plans to end the training programme.")
    assert ("Canada", "REJECTS", "Human Rights Watch") in r.triples


def test_a_state_refusing_a_minister_refuses_her_state(extract) -> None:
    r = extract("Chile's foreign minister, Rosa Vidal, asked Peru on Monday to reopen the fisheries agreement. "
                "Peru said it did not intend to reopen the agreement.")
    assert ("Peru", "REJECTS", "Chile") in r.triples


def test_disowning_a_hostile_aim_is_no_refusal(extract) -> None:
    r = extract("Chile urged Peru to withdraw its troops from the border. Peru said it had no intention of "
                "invading its neighbour.")
    assert ("Peru", "REJECTS", "Chile") not in r.triples


def test_an_unrelated_plan_is_no_refusal(extract) -> None:
    r = extract("Washington urged Peru to take firmer action against smugglers. A Peruvian official said the "
                "government did not intend to hand the seized ships to a third country.")
    assert ("Peru", "REJECTS", "United States") not in r.triples


def test_an_appeal_for_restraint_asks_no_act(extract) -> None:
    r = extract("Chile urged Peru to show restraint at the border. Peru said it had no intention of closing the "
                "border.")
    assert ("Peru", "REJECTS", "Chile") not in r.triples
