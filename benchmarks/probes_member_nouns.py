"""Membership told by a noun, round 20: "Chile, a Pacific Alliance member," / "Pacific Alliance member Chile" /
"both members of Y" / "its membership of Y" -> MEMBER_OF; negatives: membership sought, opposed, quit or ended."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = ("Uruguay", "Bolivia", "Ecuador")
_BODIES = ("Pacific Alliance", "Andean Community", "African Union", "Arab League")
_MEMBER = ("member", "member state", "founding member", "fellow member")
_NOT_HELD = ("quit its membership of", "ended its membership of", "is seeking its membership of",
             "opposed their membership of", "gave up its membership of")

PROBES = [
    Probe("a state apposed as a member", f"{state}, a {body} {member}, declined to back the tariff."
          if member != "fellow member" else f"{state}, a fellow {body} member, declined to back the tariff.",
          (state, "MEMBER_OF", body))
    for state in _STATES for body in _BODIES for member in _MEMBER
] + [
    Probe("a member named after its body", f"Peru said {body} member {state} had blocked the deal.",
          (state, "MEMBER_OF", body))
    for state in _STATES for body in _BODIES
] + [
    Probe("both members of a body", f"{state} and Peru, both members of the {body}, rejected the plan.",
          (state, "MEMBER_OF", body))
    for state in _STATES for body in _BODIES
] + [
    Probe("its membership of a body", f"{state} cited its location and membership of the {body}.",
          (state, "MEMBER_OF", body))
    for state in _STATES for body in _BODIES
] + [
    Probe("negative: membership not held", f"{state} {verb} the {body} last year.", ("", "", ""),
          forbidden=((state, "MEMBER_OF", body),))
    for state in _STATES for body in _BODIES for verb in _NOT_HELD
]
