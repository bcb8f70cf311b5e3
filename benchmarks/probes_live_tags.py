"""Present-tense speech tags of live blogs ("..., the spokesperson adds", "X tells reporters", "X warned"): the speaker is no
object of the clause before (as with "said"), and the clause's own object stays."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_TAGS = ("adds", "tells reporters", "tells our correspondent", "says", "added", "told reporters", "warned", "warns")
_OPEN = ("will investigate", "has been asked to investigate", "is investigating", "would protest")

PROBES = [
    Probe("a present-tense speech tag is no object", f"Zambia {clause}, Mary Banda {tag}.",
          ("", "", ""), forbidden=(("Zambia", "INVESTIGATES", "Mary Banda"), ("Zambia", "PROTESTS", "Mary Banda")))
    for clause in _OPEN for tag in _TAGS
] + [
    Probe("the object before a present-tense tag", f"Zambia has sanctioned Malawi, Mary Banda {tag}.",
          ("Zambia", "SANCTIONS", "Malawi"))
    for tag in _TAGS
] + [
    Probe("a speaker with an acronym is no object", f"Zambia {clause}, Copperbelt Rights Watch (CRW) {tag}.",
          ("", "", ""), forbidden=(("Zambia", "INVESTIGATES", "Copperbelt Rights Watch"),
                                   ("Zambia", "PROTESTS", "Copperbelt Rights Watch")))
    for clause in _OPEN for tag in ("said", "said today", "says", "warned")
]
