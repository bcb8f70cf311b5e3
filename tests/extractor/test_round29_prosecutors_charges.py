"""Round 29, a prosecutor's accusation is a prosecution: "Prosecutors accuse X of ...", "The X Prosecutor's Office
accused Y of ...", "Prosecutors at the X Directorate accused Y of ..." -> INVESTIGATES besides ACCUSES; not a
minister's accusation, a state accused, or an accused told only by a pronoun."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("accuser", "body"), [
    ("The Anti-Graft Prosecutor's Office", "Anti-Graft Prosecutor's Office"),
    ("Prosecutors at the Serious Crimes Directorate", "Serious Crimes Directorate"),
    ("The State Prosecution Service", "State Prosecution Service"),
])
def test_a_prosecution_office_accusing_someone_investigates_them(extract, accuser, body) -> None:
    r = extract(f"{accuser} accused Bogdan Ilie of laundering campaign money on Tuesday.")
    assert (body, "ACCUSES", "Bogdan Ilie") in r.triples
    assert (body, "INVESTIGATES", "Bogdan Ilie") in r.triples


def test_bare_prosecutors_charge_for_the_story_state(extract) -> None:
    r = extract("Romania's government called early elections on Monday. Prosecutors accuse Bogdan Ilie of "
                "laundering campaign money.")
    assert ("Romania", "INVESTIGATES", "Bogdan Ilie") in r.triples


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Interior Minister Dana Pop accused Bogdan Ilie of laundering campaign money.", "Dana Pop", "Bogdan Ilie"),
    ("The Anti-Graft Prosecutor's Office accused Moldova of hiding the evidence.", "Anti-Graft Prosecutor's Office",
     "Moldova"),
    ("Bogdan Ilie spoke on Monday. The Anti-Graft Prosecutor's Office accused him of laundering campaign money.",
     "Anti-Graft Prosecutor's Office", "Bogdan Ilie"),
])
def test_no_prosecution_read_into_other_accusations(extract, text, source, target) -> None:
    assert (source, "INVESTIGATES", target) not in extract(text).triples
