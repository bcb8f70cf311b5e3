"""Round 25: an agreement signed in a participial adjunct ("X has courted China, signing a loan deal with Japan",
", refusing to sign any deal with Japan") is the clause subject's, not the main verb's object's; "signing ... with Y" is
read like "signed ... with Y"; a deal one is "hoping" or "seeking" to sign is hypothetical."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SUBJECTS = (("Kenya", "China", "Japan"), ("Bangladesh", "India", "Russia"), ("Peru", "Chile", "Brazil"),
             ("Ghana", "Nigeria", "Togo"))
_MAIN = ("has courted {o}", "angered {o} on Monday", "has since drifted away from {o}", "snubbed {o} last week")
_SIGNED = ("signing an agreement with {t} in May", "signing a $2 billion package of infrastructure loans with {t}",
           "signing a defence pact with {t} on Tuesday", "signing a memorandum of understanding with {t}")

PROBES = [
    Probe("signing adjunct after a main clause", f"{s} {m.format(o=o)}, {g.format(t=t)}.", (s, "AGREES_WITH", t),
          forbidden=((o, "AGREES_WITH", t), (t, "AGREES_WITH", o)), status="asserted")
    for s, o, t in _SUBJECTS for m in _MAIN for g in _SIGNED
] + [
    Probe("signing adjunct: no deal signed", f"{s} {m.format(o=o)}, refusing to sign any deal with {t}.",
          ("", "", ""), forbidden=((o, "AGREES_WITH", t), (t, "AGREES_WITH", o)))
    for s, o, t in _SUBJECTS for m in _MAIN
]
# a deal hoped or sought for is not yet signed: "is hoping to sign", ", seeking to sign", "aims to sign"
_WISHES = ("is hoping to sign a trade deal with {t}", "has courted {o}, seeking to sign a trade deal with {t}",
           "aims to sign a defence pact with {t} this year", "is seeking to sign an accord with {t}",
           "has snubbed {o}, hoping to sign a loan agreement with {t} instead")
PROBES += [
    Probe("signing hoped for", f"{s} {w.format(o=o, t=t)}.", (s, "AGREES_WITH", t),
          forbidden=((o, "AGREES_WITH", t), (t, "AGREES_WITH", o)), status="hypothetical")
    for s, o, t in _SUBJECTS for w in _WISHES
]
