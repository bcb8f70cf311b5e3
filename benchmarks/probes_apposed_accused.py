"""Round 29: a second accused after the first one's apposition (gapped_accusations.apposed_conjunct_accusations):
"accused A, a union leader, and B of organising the attack" -> the accuser ACCUSES B as well. Not a second verb after
the apposition ("accused A, a union leader, and met B"), nor a relative clause ("A, who leads the union, and B")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSERS = (("Peru", "Peru"), ("The Kestrel Rights Group", "Kestrel Rights Group"),
             ("Interior Minister Rosa Quispe", "Rosa Quispe"))
_FIRSTS = (("Juan Perez, a union leader,", "Juan Perez"), ("Chile, its neighbour,", "Chile"),
           ("the Vela Front, an armed group based in the north,", "Vela Front"))
_SECONDS = (("regional leader Ana Lopez", "Ana Lopez"), ("Bolivia", "Bolivia"), ("the Tarn Movement", "Tarn Movement"))
_CHARGES = ("accused {a} and {b} of organising the attack on the convoy.",
            "accuses {a} and {b} of arming the rebels.",
            "blamed {a} and {b} for the blackout.")

PROBES = [
    Probe("second accused after an apposition", f"{s} " + c.format(a=a, b=b), (accuser, "ACCUSES", second))
    for c in _CHARGES for s, accuser in _ACCUSERS for a, _ in _FIRSTS for b, second in _SECONDS
] + [
    Probe("after an apposition: another verb, not a second accused",
          f"{s} accused {a} and met {b} for talks.", ("", "", ""), forbidden=((accuser, "ACCUSES", second),))
    for s, accuser in _ACCUSERS for a, _ in _FIRSTS for b, second in _SECONDS
]
