"""Round 25: a meeting or talks proposed, requested or scheduled are hypothetical; a meeting held by someone who
proposed something else stays asserted."""


def test_proposed_meeting_is_hypothetical(extract) -> None:
    r = extract("Kenyan President William Ruto proposed a meeting with Ethiopian Prime Minister Abiy Ahmed.")
    assert r.rel("William Ruto", "MEETS_WITH", "Abiy Ahmed").status.value == "hypothetical"


def test_scheduled_meeting_is_hypothetical(extract) -> None:
    r = extract("Kenyan President William Ruto is scheduled to meet Ethiopian Prime Minister Abiy Ahmed on Friday.")
    assert r.rel("William Ruto", "MEETS_WITH", "Abiy Ahmed").status.value == "hypothetical"


def test_requested_talks_are_hypothetical(extract) -> None:
    r = extract("Kenyan President William Ruto requested talks with Ethiopian Prime Minister Abiy Ahmed.")
    assert r.rel("William Ruto", "NEGOTIATES_WITH", "Abiy Ahmed").status.value == "hypothetical"


def test_meeting_after_a_proposal_is_asserted(extract) -> None:
    r = extract("Kenyan President William Ruto, who proposed the plan, met Abiy Ahmed on Monday.")
    assert r.rel("William Ruto", "MEETS_WITH", "Abiy Ahmed").status.value == "asserted"
