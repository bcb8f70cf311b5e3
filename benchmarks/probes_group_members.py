"""Round 19 (U): a named party told as one of a group that undergoes an act ("X was among those detained", "X is
one of five officers charged") undergoes it; a member of a group that does the act ("one of the officers who
arrested Y") does not."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_GROUPS = ("those", "the people", "the activists", "five activists", "the dozens of protesters", "several journalists")
_ACTS = (("detained", "COERCES"), ("arrested", "COERCES"), ("charged", "INVESTIGATES"), ("jailed", "COERCES"))
_BE = (("Oskar Velde", "was among"), ("Oskar Velde", "is one of"), ("Oskar Velde and Marit Lunde", "were among"))

PROBES = [
    Probe("one of a group that undergoes an act", f"{who} {be} {group} {verb} in Oslo on Friday.",
          ("Norway", rel, "Oskar Velde"))
    for who, be in _BE for group in _GROUPS for verb, rel in _ACTS
    if not (be == "is one of" and group == "those")
] + [
    Probe("one of a group that does the act", f"Oskar Velde {be} {group} who {verb} Marit Lunde in Oslo.",
          ("", "", ""), forbidden=(("Norway", rel, "Oskar Velde"),))
    for be in ("was among", "was one of") for group in ("the officers", "five policemen")
    for verb, rel in (("detained", "COERCES"), ("arrested", "COERCES"))
] + [
    Probe("those who underwent an act as a subject", f"The Oslo Dockers Union said those {verb} would be freed.",
          ("", "", ""), forbidden=(("Norway", rel, "Oslo Dockers Union"),))
    for verb, rel in _ACTS
]

_WHEN = ("on Friday", "last week", "in Bergen", "in Bergen on Friday", "overnight")
PROBES += [
    Probe("a named member after a counted group and its time or place",
          f"Norwegian police {verb} 12 activists {when}, {lead} Oskar Velde.", ("Norway", rel, "Oskar Velde"))
    for when in _WHEN for lead in ("including", "among them", "including the union leader,")
    for verb, rel in (("detained", "COERCES"), ("charged", "INVESTIGATES"))
]
