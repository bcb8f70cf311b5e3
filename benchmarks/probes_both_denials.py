"""Denials by "Both ..." (round 21): the two just accused each deny their accuser; one accused, or no denial verb,
gives no denial."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CHARGES = (("Ecuador accused {a} and {b} of taking bribes.", "Ecuador"),
            ("Prosecutors in Ecuador said on Monday that {a} and {b} had laundered money for the cartel.", "Ecuador"),
            ("The Treasury Department accused {a} and {b} of smuggling fuel to the rebels.", "Treasury Department"))
_PAIRS = (("Marta Quispe", "Tomas Ibarra"), ("Lumen Shipping", "Delta Crest Trading"))
_DENIALS = ("Both deny wrongdoing.", "Both have denied the charges.", "Both, reached by telephone, denied the accusation.",
            "Both rejected the allegations.")

PROBES = [
    Probe("both deny", f"{charge.format(a=a, b=b)} {denial}", (who, "DENIES", accuser))
    for charge, accuser in _CHARGES for a, b in _PAIRS for denial in _DENIALS for who in (a, b)
] + [
    Probe("both deny: no denial", f"Ecuador accused {a} of taking bribes. {denial}", ("", "", ""),
          forbidden=((a, "DENIES", "Ecuador"),))
    for a, _ in _PAIRS for denial in _DENIALS
] + [
    Probe("both deny: no denial", f"Ecuador accused {a} and {b} of taking bribes. Both attended the hearing.",
          ("", "", ""), forbidden=((a, "DENIES", "Ecuador"), (b, "DENIES", "Ecuador")))
    for a, b in _PAIRS
]
