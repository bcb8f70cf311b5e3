"""Round 30 (C): "X, whom prosecutors charged with spying for Y" — X is charged, the unnamed prosecutors charge;
"is investigating Z, according to its chair, X" — X is the source, not the one investigated."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_WHOM = ("whom prosecutors later charged with", "whom the police arrested for", "whom investigators accused of",
         "whom a court convicted of")
PROBES = [
    Probe("negative: the antecedent of a whom-clause with an unnamed subject does not act",
          f"Moldova held elections. Police detained Igor Belyaev, {whom} spying for the Free Valley Front.",
          ("Moldova", "COERCES", "Igor Belyaev"),
          forbidden=(("Igor Belyaev", "INVESTIGATES", "Free Valley Front"), ("Igor Belyaev", "COERCES", "Free Valley Front"),
                     ("Igor Belyaev", "ACCUSES", "Free Valley Front")))
    for whom in _WHOM
] + [
    Probe("negative: a name after 'according to' is the source, not the object",
          f"The Anti-Corruption Bureau {verb} the deal, according to its {post}, Helene Marchetti.",
          ("Helene Marchetti", rel, "Anti-Corruption Bureau"),
          forbidden=(("Anti-Corruption Bureau", "INVESTIGATES", "Helene Marchetti"),
                     ("Anti-Corruption Bureau", "ACCUSES", "Helene Marchetti")))
    for verb in ("is investigating", "has opened an inquiry into", "has criticised")
    for post, rel in (("director", "LEADS"), ("spokeswoman", "HOLDS_POSITION"))
]
