"""Round 29, charges told from the accused's side: "X faces charges in Y", "X, wanted in Y", and the destination of
a transfer, "sent X to Y, where he faces charges" -> Y INVESTIGATES X; not a charge called for, escaped, or a state
the charges' place phrase does not name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("faced", ["faces fraud charges in Bolivia", "is facing charges of embezzlement in Bolivia",
                                   "will face corruption and bribery charges in Bolivia",
                                   "is wanted in Bolivia on charges of murder"])
def test_charges_faced_in_a_named_state(extract, faced) -> None:
    r = extract(f"Argentine police said Rubén Otero, who {faced}, was arrested in Salta.")
    assert ("Bolivia", "INVESTIGATES", "Rubén Otero") in r.triples


@pytest.mark.parametrize("sent", ["extradited Rubén Otero to Bolivia, where he faces drug charges",
                                  "deported Rubén Otero to Bolivia, where he is wanted for fraud",
                                  "flew Rubén Otero to Bolivia, where he is to face charges of corruption"])
def test_the_destination_where_charges_are_faced_is_the_charging_state(extract, sent) -> None:
    r = extract(f"Argentina {sent} on Friday.")
    assert ("Bolivia", "INVESTIGATES", "Rubén Otero") in r.triples
    assert ("Argentina", "INVESTIGATES", "Rubén Otero") not in r.triples


def test_a_court_named_after_the_act_is_the_charging_body(extract) -> None:
    r = extract("Police flew Rubén Otero to the Netherlands, where he is to face charges of war crimes at the "
                "International Criminal Court.")
    assert ("International Criminal Court", "INVESTIGATES", "Rubén Otero") in r.triples


@pytest.mark.parametrize("text", ["The opposition demanded that Rubén Otero face charges in Bolivia.",
                                  "Rubén Otero faces pressure from Bolivia over the contract.",
                                  "Rubén Otero, who was wanted in Bolivia's squad for the final, signed in Salta.",
                                  "Argentina sent Rubén Otero to Bolivia, where he met the president on Friday."])
def test_no_charge_of_the_state(extract, text) -> None:
    assert ("Bolivia", "INVESTIGATES", "Rubén Otero") not in extract(text).triples
