"""Round 19 (O): an organisation's organ as the subject ("the African Union's delegation in Accra urged Ghana
to ...") acts for the organisation, as a state's organ does for the state (body_organs)."""

from __future__ import annotations


def test_delegation_of_a_body_urges(extract) -> None:
    r = extract("The African Union's delegation in Accra urged Ghana to lift the curfew.")
    assert ("African Union", "DEMANDS", "Ghana") in r.triples


def test_delegation_of_a_body_says_it_and_calls_for(extract) -> None:
    r = extract("Ghanaian police detained the union leader Kofi Mensah on Sunday. The African Union's delegation in "
                "Accra said it was alarmed by the detention and called for Mensah's release.")
    assert ("African Union", "DEMANDS", "Ghana") in r.triples


def test_embassy_of_a_body_condemns(extract) -> None:
    r = extract("The Arab League's embassy in Nairobi condemned Ethiopia on Tuesday.")
    assert ("Arab League", "ACCUSES", "Ethiopia") in r.triples


def test_a_bodys_counterpart_is_someone_else(extract) -> None:
    r = extract("The African Union's counterpart urged Ghana to lift the curfew.")
    assert ("African Union", "DEMANDS", "Ghana") not in r.triples


def test_a_bodys_report_does_not_act(extract) -> None:
    r = extract("The African Union's report urged Ghana to lift the curfew.")
    assert ("African Union", "DEMANDS", "Ghana") not in r.triples
