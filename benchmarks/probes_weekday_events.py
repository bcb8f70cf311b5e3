"""An act referred to by its weekday ("welcomed Wednesday's decision", "condemned Monday's arrest"): the stance is on
whoever did the act of that day; an act of another day is not the one referred to."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday")
_ACTS = (("imposed sanctions on three Chilean firms", "decision"), ("imposed sanctions on three Chilean firms", "move"),
         ("imposed sanctions on three Chilean firms", "sanctions"))
_STANCES = (("welcomed", "SUPPORTS"), ("praised", "SUPPORTS"), ("condemned", "ACCUSES"), ("criticised", "ACCUSES"))


def _other(day: str) -> str:
    return _DAYS[(_DAYS.index(day) + 1) % len(_DAYS)]


PROBES = [
    Probe("act referred to by its weekday", f"Peru on {day} {act}. Bolivia {verb} {day}'s {noun}.",
          ("Bolivia", rel, "Peru"))
    for day in _DAYS for act, noun in _ACTS for verb, rel in _STANCES
] + [
    Probe("act of another weekday", f"Peru on {day} {act}. Bolivia {verb} {_other(day)}'s {noun}.", ("", "", ""),
          forbidden=(("Bolivia", rel, "Peru"),))
    for day in _DAYS for act, noun in _ACTS[:2] for verb, rel in _STANCES
]
