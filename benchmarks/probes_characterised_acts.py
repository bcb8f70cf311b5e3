"""Acts characterised as intimidation, pressure or an attempt to do harm (round 21): "described the measures as an
attempt to intimidate", "dismissed the move as political pressure" -> the speaker ACCUSES the act's author; a
neutral characterisation accuses no one."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = (("Bolivia arrested Tomas Rojas on Monday.", "arrest"),
         ("Bolivia expelled two Chilean diplomats on Monday.", "expulsions"),
         ("Bolivia imposed sanctions on Chile's largest copper firm on Monday.", "sanctions"))
_VERBS = ("called the {n}", "described the {n} as", "dismissed the {n} as", "rejected the {n} as")
_HOSTILE = ("an attempt to intimidate its critics", "\"political pressure\"", "harassment", "a bid to silence dissent",
            "coercion")
_NEUTRAL = ("routine", "a surprise", "expected")

PROBES = [
    Probe("characterised act", f"{act} Chile {verb.format(n=noun)} {word}.", ("Chile", "ACCUSES", "Bolivia"))
    for act, noun in _ACTS for verb in _VERBS for word in _HOSTILE
] + [
    Probe("characterised act: neutral", f"{act} Chile {verb.format(n=noun)} {word}.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", "Bolivia"),))
    for act, noun in _ACTS for verb in _VERBS[:2] for word in _NEUTRAL
]
