"""Round 20: who denies, and who accused, when the denial is voiced for someone or carries the charge itself.

- an unnamed spokesperson denies for the state or body named after "for" or before "'s" (a named one for themself);
- "denied claims by Y that ...", "rejected allegations from Y": Y accused the denier's side;
- ", a claim Z called groundless": Z denies;
negatives: a named spokesperson, a charge against a third party, a claim called credible."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSATION = "Peru accused {acc} of shelling border villages on Monday. "
_STATE_VOICES = ("A spokesman for Chile", "A spokeswoman for the Chilean foreign ministry", "A spokesperson for Chile's army",
                 "Chile's government spokesman")
_BODY_VOICES = ("A spokesman for the front", "The group's spokeswoman", "A spokesperson for the Andean Front")
_DENIALS = ("denied the accusation", "rejected the charge", "dismissed the claims as fabricated")

PROBES = [
    Probe("unnamed spokesperson for a state", _ACCUSATION.format(acc="Chile") + f"{voice} {denial}.",
          ("Chile", "DENIES", "Peru"))
    for voice in _STATE_VOICES for denial in _DENIALS
] + [
    Probe("unnamed spokesperson for a body", _ACCUSATION.format(acc="the Andean Front") + f"{voice} {denial}.",
          ("Andean Front", "DENIES", "Peru"))
    for voice in _BODY_VOICES for denial in _DENIALS
] + [
    Probe("named spokesperson speaks for themself", _ACCUSATION.format(acc="Chile")
          + f"A spokesman for the Chilean army, Col. Juan Soto, {denial}.", ("Juan Soto", "DENIES", "Peru"))
    for denial in _DENIALS
] + [
    Probe("charge told inside its denial", f"Chile's foreign minister, Ana Ruiz, {verb} {noun} {prep} Peru that Chile "
          "had shelled border villages.", ("Peru", "ACCUSES", "Chile"))
    for verb, noun in (("denied", "claims"), ("rejected", "allegations"), ("dismissed", "the accusations"))
    for prep in ("by", "from")
] + [
    Probe("charge against a third party is not the denier's", f"Chile {verb} criticism from Peru that Bolivia had closed "
          "the border.", ("", "", ""), forbidden=(("Peru", "ACCUSES", "Chile"),))
    for verb in ("rejected", "dismissed")
] + [
    Probe("claim called false in a closing clause", f"Peru accused Chile of shelling border villages, {noun} {who} "
          f"{verb} {adj}.", ("Chile", "DENIES", "Peru"))
    for noun in ("a claim", "an accusation") for who in ("Santiago", "the Chilean government")
    for verb, adj in (("called", "groundless"), ("described as", "\"pure fabrication\""))
] + [
    Probe("claim called credible is no denial", f"Peru accused Chile of shelling border villages, a claim {who} called "
          "credible.", ("", "", ""), forbidden=((who.split()[-1], "DENIES", "Peru"),))
    for who in ("Bolivia", "Argentina")
]
