"""A demand carried by a note or letter handed to its addressee or its envoy: "X handed a letter to Chile's ambassador,
Y, proposing that ...", "X summoned the Chilean ambassador to hand over a note demanding that ..." -> X DEMANDS Chile;
a message received, or one that asks for nothing, is no demand of the sender's."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CARRY = ("handed a {noun} to {to}", "delivered a {noun} to {to}", "sent a {noun} to {to}")
_NOUNS = ("note", "letter", "diplomatic note", "formal letter")
_TO = ("Chile", "Chile's ambassador, Juan Perez,", "the Chilean ambassador, Juan Perez,", "the Chilean embassy")
_ACTS = ("demanding that construction on the border road be halted", "proposing that the compensation be increased",
         "calling for the release of the fishermen", "urging that the talks resume next month")
_WHEN = ("", " on Tuesday")

PROBES = [
    Probe("demand carried by a message", f"Peru's trade minister Ana Ruiz {carry.format(noun=noun, to=to)}{when} {act}.",
          ("Ana Ruiz", "DEMANDS", "Chile"))
    for carry in _CARRY for noun in _NOUNS for to in _TO for act in _ACTS for when in _WHEN
] + [
    Probe("demand carried by a message", f"Ana Ruiz summoned {envoy} to hand over a {noun} {act}.",
          ("Ana Ruiz", "DEMANDS", "Chile"))
    for envoy in ("Chile's ambassador", "the Chilean ambassador", "the Chilean ambassador, Juan Perez,")
    for noun in _NOUNS for act in _ACTS
] + [
    Probe("message that carries no demand of the sender's", text, ("", "", ""), forbidden=(("Ana Ruiz", "DEMANDS", "Chile"),))
    # (not "received a note from Chile calling for the release of X": the release trigger reads the receiver's call)
    for text in (*(f"Ana Ruiz received a {noun} from Chile {act}." for noun in _NOUNS for act in _ACTS if "release" not in act),
                 *(f"Ana Ruiz handed a {noun} to Chile's ambassador thanking him for the visit." for noun in _NOUNS),
                 *(f"Ana Ruiz sent a {noun} to Chile's ambassador congratulating him on the election." for noun in _NOUNS))
]
