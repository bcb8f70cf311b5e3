"""A denial of a deed told on no one's word answers no party: "X is widely reported to be supplying Y. X denies
it." has no accuser to find, least of all Y or a party that is hostile to X elsewhere in the story (round 30)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Qatar", "Doha", "the Sudanese Rebel Front"), ("Iran", "Tehran", "the Harat Brigades"),
          ("Turkey", "Ankara", "the Kura Militia"))
_CLAIMS = ("is widely reported to be supplying", "is said to be arming", "is believed to have funded")
_DENIALS = ("{capital} denies it.", "{capital} has denied it.")

PROBES = [
    Probe("a deed told on no one's word, then denied",
          f"The United States imposed sanctions on {state} last year. Fighting around the port has gone on "
          f"for months.\n\n{state} {claim} {group}. {denial.format(capital=capital)} Talks resume next week.",
          ("", "", ""), forbidden=((state, "DENIES", group[4:]), (state, "DENIES", "United States")))
    for state, capital, group in _PAIRS for claim in _CLAIMS for denial in _DENIALS
]
