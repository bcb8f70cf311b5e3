"""Round 20 (precision): a person with a bare title who is the object of a state's hostile act ("Chile accused
President X of ...", "condemned the government of Prime Minister X") is not that state's official; the act itself
stays. A former office-holder, or a sentence with no hostile act, keeps the state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_VERBS = (("accused", "of lying", "ACCUSES"), ("condemned", "for the raid", "ACCUSES"),
          ("criticised", "over the vote", "ACCUSES"), ("blamed", "for the unrest", "ACCUSES"),
          ("denounced", "over the arrests", "ACCUSES"))
_TITLES = (("President", "LEADS"), ("Prime Minister", "LEADS"), ("Defence Minister", "HOLDS_POSITION"),
           ("Foreign Minister", "HOLDS_POSITION"))
_OBJECTS = ("{title} Tomas Vega", "the government of {title} Tomas Vega")

PROBES = [
    Probe("hostile act on a titled object", f"Chile {verb} {obj.format(title=title)} {tail}.", ("Chile", rel, "Tomas Vega")
          if not obj.startswith("the government") else ("", "", ""), forbidden=(("Tomas Vega", post, "Chile"),))
    for verb, tail, rel in _VERBS for title, post in _TITLES for obj in _OBJECTS
] + [
    Probe("titled subject of the state's sentence keeps the state", f"Chile has {verb} the raid, {title} Tomas Vega said.",
          ("Tomas Vega", post, "Chile"))
    for verb in ("condemned", "denounced") for title, post in _TITLES
]
