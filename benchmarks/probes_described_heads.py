"""Heads and deputies told around a description: an age before the apposition ("X, 52, the leader of Y"), a body
described and then named ("the leader of a small exile group called Y": a name given, no phone call), a deputy's
title ("its deputy head, X": a post, not the headship) and the head of a unit of a body ("who heads the Y's youth
wing": a post in Y)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODY = "Civic Renewal Union"

PROBES = [
    Probe("an age before the apposition", f"Ana Ruiz, {age}, {role} of the {_BODY}, was detained on Monday.",
          ("Ana Ruiz", rel, _BODY))
    for age in ("52", "41")
    for role, rel in (("the leader", "LEADS"), ("the chairwoman", "LEADS"), ("a member", "MEMBER_OF"),
                      ("the spokeswoman", "HOLDS_POSITION"))
] + [
    Probe("a body described, then named", f"Police detained Ana Ruiz, the {role} of a {desc} {called} Free Voices, "
          "on Sunday.", ("Ana Ruiz", "LEADS", "Free Voices"), forbidden=(("Ana Ruiz", "MEETS_WITH", "Free Voices"),))
    for role in ("leader", "head")
    for desc in ("small exile group", "Lima-based charity", "pro-government movement")
    for called in ("called", "known as", "named")
] + [
    Probe("a deputy's title is a post", text, ("Ana Ruiz", "HOLDS_POSITION", _BODY),
          forbidden=(("Ana Ruiz", "LEADS", _BODY),))
    for text in (f"The {_BODY} said it would appeal. Its deputy head, Ana Ruiz, met officials on Monday.",
                 f"The {_BODY}'s deputy chairman, Ana Ruiz, walked out.",
                 f"{_BODY} deputy director Ana Ruiz walked out.",
                 f"Ana Ruiz, the deputy commander of the {_BODY}, walked out.")
] + [
    Probe("the head of a unit of a body holds a post in it", f"Ana Ruiz, who {verb} the {_BODY}'s {unit}, walked out.",
          ("Ana Ruiz", "HOLDS_POSITION", _BODY))
    for verb in ("heads", "leads")
    for unit in ("youth wing", "bloc in parliament", "women's branch")
]
