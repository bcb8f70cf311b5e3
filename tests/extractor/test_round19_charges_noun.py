"""Round 19 (lead): "..., charges X denies" is the charge named again, not a verb of indictment; and a noun trigger
after the charged gerund ("accused X of funnelling arms to Y") is only alleged, as "of arming Y" already was."""
import pytest


@pytest.mark.parametrize("answer", ["denies", "deny", "has denied", "rejects", "disputes"])
def test_plural_charges_answered_is_no_indictment(extract, answer) -> None:
    r = extract(f"Malawi accused Zambia of sheltering the rebel commanders, charges Lusaka {answer}.")
    assert ("Malawi", "ACCUSES", "Zambia") in r.triples
    assert not any(t[1] == "INVESTIGATES" for t in r.triples)


@pytest.mark.parametrize("text", ["Malawi charges Tobias Banda with treason.",
                                  "Malawi formally charges Tobias Banda with treason, and Banda denies it."])
def test_charges_as_a_verb_still_indicts(extract, text) -> None:
    assert ("Malawi", "INVESTIGATES", "Tobias Banda") in extract(text).triples


@pytest.mark.parametrize("gerund", ["funnelling arms to", "sending weapons to", "smuggling arms to"])
def test_charged_gerund_before_a_noun_trigger_is_alleged(extract, gerund) -> None:
    r = extract(f"Malawi accused Zambia of {gerund} the Mphamba Liberation Front.")
    assert r.rel("Zambia", "AIDS", "Mphamba Liberation Front").status == "alleged"


def test_supply_outside_a_charge_stays_asserted(extract) -> None:
    r = extract("Zambia has been funnelling arms to the Mphamba Liberation Front since March.")
    assert r.rel("Zambia", "AIDS", "Mphamba Liberation Front").status == "asserted"
