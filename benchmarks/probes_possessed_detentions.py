"""A detention noun owned by the one held, round 21: "Rosa Mamani's detention was arbitrary", "Hugo Quispe, who
turned state witness after his arrest" -> the acting state COERCES them; negative: an arrest only sought."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_NOUNS = ("detention", "arrest", "imprisonment", "continued detention", "expulsion")
_FRAMES = ("Bolivia's ombudsman said on Monday that Rosa Mamani's {noun} was arbitrary.",
           "Bolivian officials defended Rosa Mamani's {noun} on Monday.",
           "Rosa Mamani's {noun} drew protests in La Paz, Bolivia's police said.")
_HIS = ("Hugo Quispe, who turned state witness after his arrest, testified in Bolivia's Supreme Court.",
        "Hugo Quispe, who has been ill since his detention, testified in Bolivia's Supreme Court.",
        "Bolivia's consuls were denied access to Hugo Quispe after his arrest.")

PROBES = [
    Probe("a detention owned by the one held", frame.format(noun=noun), ("Bolivia", "COERCES", "Rosa Mamani"))
    for frame in _FRAMES for noun in _NOUNS
] + [
    Probe("a detention owned by the one held", text, ("Bolivia", "COERCES", "Hugo Quispe")) for text in _HIS
] + [
    Probe("negative: a detention only sought", text, ("", "", ""), forbidden=(("Bolivia", "COERCES", "Rosa Mamani"),))
    for text in ("Bolivia's opposition called for Rosa Mamani's arrest on Monday.",
                 "Rosa Mamani's arrest warrant was issued in Sucre, Bolivia said.",
                 "Rosa Mamani fled Bolivia to avoid her arrest.",
                 "Bolivian prosecutors sought Rosa Mamani's detention on Monday.")
]
