"""Round 18 (G): a capitalised name followed by a lowercase body noun ("Iceland's Overseas Affairs department",
"Iceland's Sea Border agency") names an organisation, not a person."""

from __future__ import annotations


def test_department_after_a_name(extract) -> None:
    r = extract("Iceland's Overseas Affairs department accused Chad of lying about the detention.")
    assert r.kinds.get("Overseas Affairs") == "Organization"


def test_agency_and_directorate(extract) -> None:
    for body in ("Sea Border agency", "Fisheries Control directorate", "Coastal Affairs ministry"):
        name = body.rsplit(" ", 1)[0]
        r = extract(f"Iceland's {body} accused Chad of blocking the harbour.")
        assert r.kinds.get(name) == "Organization"
