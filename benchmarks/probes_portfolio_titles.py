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
PROBES += [
    Probe("post in a relative clause", f"{state}'s army was deployed on Monday. {_NAME}, who is {adv}{title}, met "
          "Peru's envoy.", (_NAME, rel, state))
    for state, _ in _STATES for adv in ("also ", "now ", "")
    for title, rel in (("prime minister", "LEADS"), ("defence minister", "HOLDS_POSITION"))
] + [
    Probe("state governed or ruled", f"{_NAME}, who has {verb} {state} for two decades, met Peru's envoy.",
          (_NAME, "LEADS", state))
    for state, _ in _STATES for verb in ("governed", "ruled")
] + [
    Probe("no rule over a state", text, ("", "", ""), forbidden=((state, "LEADS", "Liberty Party"),
                                                                ("Supreme Court", "LEADS", state), ("EU", "LEADS", state)))
    for state, _ in _STATES for text in (f"{state}'s ruling Liberty Party rejected the charge.",
                                         f"The Supreme Court ruled that {state} must pay Peru.",
                                         f"The EU rules {state} out of the scheme.")
]
