"""A state answers for its own people, round 23: "Peru accused Chilean fishermen of raiding its waters. Chile
denied that its fishermen had crossed the line" -> Chile DENIES Peru (the charge was on Chile's nationals). A
denial that names no people of its own, or a state other than theirs, answers no such charge."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (accuser, group charged, denying state, its people as the denial names them)
_CASES = (("Peru", "Chilean fishermen", "Chile", "fishermen"), ("Ukraine", "Russian mercenaries", "Russia", "nationals"),
          ("Lithuania", "Belarusian border guards", "Belarus", "guards"),
          ("Estonia", "Russian citizens", "Russia", "citizens"))
_CHARGES = ("{a} accused {g} of crossing into its territory on Monday.",
            "{a} said {g} had smuggled weapons across the border.",
            "{a} arrested {g} near the border on Monday.")
_DENIALS = ("{d} denied that its {p} had done anything wrong.",
            "{d} denied that its {p} were involved.",
            "On Tuesday {d} denied that any of its {p} had crossed the border.")

PROBES = [
    Probe("a state denies for its nationals", f"{c.format(a=a, g=g)} {d.format(d=state, p=p)}", (state, "DENIES", a))
    for a, g, state, p in _CASES for c in _CHARGES for d in _DENIALS
] + [
    Probe("negative: a denial for someone else's people", text, ("", "", ""), forbidden=forbidden)
    for text, forbidden in (
        ("Peru accused Chilean fishermen of raiding its waters. Bolivia denied that its fishermen had been there.",
         (("Bolivia", "DENIES", "Peru"),)),
        ("Ukraine accused Russian mercenaries of shelling Vovchansk. Belarus denied that its nationals took part.",
         (("Belarus", "DENIES", "Ukraine"),)),
    )
]
