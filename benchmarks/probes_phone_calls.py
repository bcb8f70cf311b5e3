"""Round 28: calls told with the telephone between the verb and the one called ("discussed the case by phone on
Tuesday with Y", "briefed Y by telephone", "had spoken by telephone to A and to B") are meetings with each one
called; a briefing with no call ("briefed reporters in Lima") is none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CALLERS = (("Foreign Minister Ana Duarte", "Ana Duarte"), ("President Karl Mertens", "Karl Mertens"))
_CALLED = ("Tomas Berg", "Chilean Foreign Minister Luis Rojas")
_NAMES = {"Chilean Foreign Minister Luis Rojas": "Luis Rojas"}
_WORDINGS = ("discussed the border by phone on Tuesday with {y}", "discussed the case in a telephone call with {y}",
             "briefed {y} by telephone on Tuesday", "had briefed {y} in a phone call",
             "discussed the deportations over the phone with {y}")

PROBES = [
    Probe("phone call told around its object", f"{title} {w.format(y=y)}, the ministry said.",
          (name, "MEETS_WITH", _NAMES.get(y, y)))
    for title, name in _CALLERS for y in _CALLED for w in _WORDINGS
] + [
    Probe("phone call to each of two, a preposition repeated",
          f"{title} said she had spoken by telephone to Tomas Berg and to Luis Rojas on Tuesday.",
          (name, "MEETS_WITH", "Luis Rojas"))
    for title, name in _CALLERS
] + [
    Probe("briefing with no call: no meeting", f"{title} briefed Tomas Berg's lawyers in Lima on Tuesday.",
          ("", "", ""), forbidden=((name, "MEETS_WITH", "Tomas Berg"),))
    for title, name in _CALLERS
]
