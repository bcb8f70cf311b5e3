"""A demanded act quoted from the statement: "expected Serbian authorities to \"fully respect the right to peaceful
assembly\"", "told Georgia to “respect the will of voters”" are the demands the unquoted wordings are (round 27)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ASKERS = ("The European Union", "The bloc's spokeswoman, Anna Lindqvist,")
_VERBS = ("expected {t} to", "expects {t} to", "told {t} to", "pressured {t} to")
_TARGETS = (("Serbian authorities", "Serbia"), ("Georgia", "Georgia"), ("the Mexican government", "Mexico"))
_ACTS = ('"fully respect the right to peaceful assembly"', "“respect the will of voters”", '"release the detained students"')


def _asker(a: str) -> str:
    return "Anna Lindqvist" if "Lindqvist" in a else a.removeprefix("The ")


PROBES = [
    Probe("quoted demanded act", f"{a} {v.format(t=t)} {act}.", (_asker(a), "DEMANDS", state))
    for a in _ASKERS for v in _VERBS for t, state in _TARGETS for act in _ACTS
] + [
    Probe("quoted act, no one asked", f'{state} was expected to {act}, the European Union said.', ("", "", ""),
          forbidden=(("European Union", "DEMANDS", state),))
    for _, state in _TARGETS for act in _ACTS
]
