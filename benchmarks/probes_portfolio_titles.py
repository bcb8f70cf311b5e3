"""Formal titles with the portfolio after them (round 19): "Minister of Foreign Affairs X", "Chile's Minister of
Defence, X", "X, Foreign Minister of Chile," -> X HOLDS_POSITION the state; no fragment ("of Chile") becomes an actor."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Chile", "Chilean"), ("Ghana", "Ghanaian"), ("Norway", "Norwegian"))
_TITLES = ("Minister of Foreign Affairs", "Minister of Defence", "Minister of Trade and Industry",
           "Minister of State for Foreign Affairs", "Minister of the Interior")
_NAME = "Tomas Berg"

PROBES = [
    Probe("portfolio title, possessive, comma", f"{state}'s {title}, {_NAME}, met Peru's ambassador on Monday.",
          (_NAME, "HOLDS_POSITION", state), absent=(title,))
    for state, _ in _STATES for title in _TITLES
] + [
    Probe("portfolio title, demonym", f"{dem} {title} {_NAME} met Peru's ambassador on Monday.",
          (_NAME, "HOLDS_POSITION", state))
    for state, dem in _STATES for title in _TITLES
] + [
    Probe("title of a state, apposition", f"{_NAME}, {title} of {state}, met Peru's ambassador on Monday.",
          ("", "", ""), absent=(f"of {state}",), forbidden=((f"of {state}", "MEETS_WITH", "Peru"),))
    for state, _ in _STATES for title in ("Foreign Minister", "Defence Minister") + _TITLES
] + [
    Probe("title of a state before the name", f"The Foreign Minister of {state}, {_NAME}, met Peru's ambassador.",
          (_NAME, "HOLDS_POSITION", state), absent=(f"of {state}",))
    for state, _ in _STATES
]
PROBES += [
    Probe("honorifics after a title and comma", f"{state}'s foreign minister, {hon} {_NAME}, met Peru's ambassador.",
          (_NAME, "HOLDS_POSITION", state), absent=(hon.rstrip("."), "H.E. Dr"))
    for state, _ in _STATES for hon in ("Dr.", "H.E. Dr.", "H.E.", "Mr.", "Prof.")
]
