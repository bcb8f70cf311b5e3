"""Capitals written without their accents (round 29): "urged Yaounde to ...", "Male rejected ..." stand for the
state as "Yaoundé" and "Malé" do; a capitalised "Male" that opens a noun phrase ("Male voters") is no capital."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SEATS = (("Cameroon", "Yaounde"), ("Maldives", "Male"), ("Togo", "Lome"),
          ("Philippines", "Malacanang"))
_CALLERS = ("France", "India", "Germany")
_WORDINGS = ("{caller} urged {seat} to open a dialogue with the opposition.",
             "{caller} on Monday called on {seat} to release the detained journalists.",
             "{caller} has asked {seat} to explain the arrests.")

PROBES = [
    Probe("capital without accents: a call on its state", w.format(caller=caller, seat=seat),
          (caller, "DEMANDS", state))
    for state, seat in _SEATS for caller in _CALLERS for w in _WORDINGS
] + [
    Probe("capital without accents: its state rejects", f"{caller} urged {seat} to act. {seat} rejected the request "
          "on Tuesday.", (state, "REJECTS", caller))
    for state, seat in _SEATS for caller in _CALLERS
] + [
    Probe("capital without accents: an adjective is no capital", text, ("", "", ""),
          forbidden=(("Kenya", "DEMANDS", "Maldives"),), absent=("Maldives",))
    for text in ("Male voters turned out in large numbers in Kenya on Monday.",
                 "Male students marched in Nairobi, and Kenya urged calm.",
                 "Kenya urged male and female candidates to register.")
]
