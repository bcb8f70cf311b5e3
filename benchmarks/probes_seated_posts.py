"""A post named before its body with the body's unit or seat between the body and the person (round 19): "a
spokesman for the Y in Quito, X", "the head of the Y delegation in Lima, X" -> X HOLDS_POSITION Y (the head of a
body itself, seat or not, LEADS it); nothing when no role precedes the body."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODIES = ("Andean Front", "Coastal Alliance", "African Union")
_SEATS = ("", " in Quito", " in Lima", " in Addis Ababa", " based in Nairobi")
_POSTS = ("A spokesman for", "A spokeswoman for", "The envoy of", "An adviser to")
_NAME = "Marta Oyola"

PROBES = [
    Probe("post, body, seat, name", f"{post} the {body}{seat}, {_NAME}, said the roads were open.",
          (_NAME, "HOLDS_POSITION", body))
    for post in _POSTS for body in _BODIES for seat in _SEATS
] + [
    Probe("head of a body's unit and seat", f"Peru summoned the head of the {body} {unit}{seat}, {_NAME}, on Friday.",
          (_NAME, "HOLDS_POSITION", body), forbidden=((_NAME, "LEADS", body),))
    for body in _BODIES for unit in ("delegation", "mission", "office") for seat in _SEATS
] + [
    Probe("head of a body in its seat", f"The head of the {body}{seat}, {_NAME}, said the roads were open.",
          (_NAME, "LEADS", body))
    for body in _BODIES for seat in _SEATS
] + [
    Probe("no role before the body", f"Protesters marched past the {body} {unit}{seat}, {_NAME} said.",
          ("", "", ""), forbidden=((_NAME, "HOLDS_POSITION", body), (_NAME, "LEADS", body)))
    for body in _BODIES for unit in ("delegation", "office") for seat in _SEATS
]
