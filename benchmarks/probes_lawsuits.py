"""A party's case in court is its complaint against the one it sues (round 26; the dev gold's PROTESTS): "sued X",
"said it would sue X", "filed a civil lawsuit against X", "has brought a defamation complaint against X". A state's
or prosecutor's case ("launched legal action against", "charged") stays INVESTIGATES, and a lawsuit is not read
as an investigation."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("Chile", "Chile"), ("the Northern Liberation Front", "Northern Liberation Front"),
            ("opposition leader Tomas Reyes", "Tomas Reyes"))
_SUED = (("Peru", "Peru"), ("the Andean Mining Company", "Andean Mining Company"))

PROBES = [
    Probe("sued", f"{src[0].upper()}{src[1:]} {verb} {obj}{tail}", (s, "PROTESTS", o),
          forbidden=((s, "INVESTIGATES", o),), status=status)
    for src, s in _PARTIES for obj, o in _SUED
    for verb, status in (("sued", "asserted"), ("is suing", "asserted"), ("said it would sue", "hypothetical"),
                         ("threatened to sue", ""))
    for tail in (" on Monday.", " in a federal court over the mine.")
]
PROBES += [
    Probe("lawsuit filed against", f"{src[0].upper()}{src[1:]} {verb} {noun} against {obj}{tail}", (s, "PROTESTS", o),
          forbidden=((s, "INVESTIGATES", o),))
    for src, s in _PARTIES for obj, o in _SUED
    for verb in ("filed", "has filed", "lodged", "brought")
    for noun in ("a lawsuit", "a civil lawsuit", "a defamation complaint", "a complaint", "two lawsuits")
    for tail in (" on Monday.", " in a court in Santiago.")
]
PROBES += [
    # a prosecutor's case, a complaint dismissed, a lawsuit against a third party named by possessive
    Probe("legal action stays an investigation", "Chile launched legal action against Peru on Monday.",
          ("Chile", "INVESTIGATES", "Peru"), forbidden=(("Chile", "PROTESTS", "Peru"),)),
    Probe("complaint dismissed", "Chile dismissed Peru's complaint against Bolivia.", ("Peru", "PROTESTS", "Bolivia"),
          forbidden=(("Chile", "PROTESTS", "Bolivia"), ("Chile", "PROTESTS", "Peru"))),
    Probe("suit of clothes", "Chile's president wore a grey suit against the cold on his visit to Peru.", ("", "", ""),
          forbidden=(("Chile", "PROTESTS", "Peru"),)),
]
