"""A court's finding is a ruling, not an accusation, round 25: "Judge X of the High Court found that A had incited
violence" -> no ACCUSES from the court or judge (the conviction is told by its own verbs); a prosecutor or ministry
saying the same still accuses."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BENCHES = (("Judge Thabo Dlamini of the High Court", "High Court"), ("The Supreme Court", "Supreme Court"),
            ("The Constitutional Tribunal", "Constitutional Tribunal"), ("Judge Thabo Dlamini", "Thabo Dlamini"))
_FINDINGS = ("found that Sipho Mavuso had incited violence at rallies",
             "ruled that Sipho Mavuso had embezzled public funds",
             "said Sipho Mavuso had bribed election officials")
_ACCUSERS = (("Prosecutor Nomsa Khumalo", "Nomsa Khumalo"), ("The anti-corruption commission's chief, Nomsa Khumalo",
                                                              "Nomsa Khumalo"))

PROBES = [
    Probe("a court's finding is no accusation", f"MBABANE, March 20 - {bench} {finding}.", ("", "", ""),
          forbidden=((who, "ACCUSES", "Sipho Mavuso"),))
    for bench, who in _BENCHES for finding in _FINDINGS
] + [
    Probe("a prosecutor's word still accuses", f"MBABANE, March 20 - {acc} said Sipho Mavuso had {deed}.",
          (who, "ACCUSES", "Sipho Mavuso"))
    for acc, who in _ACCUSERS for deed in ("incited violence at rallies", "embezzled public funds")
]
