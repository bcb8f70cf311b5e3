"""A case or measure characterised as someone's doing (round 26): "X called the case 'political revenge'
orchestrated by the prime minister" / "described the arrests as a witch hunt ordered by Y" -> X ACCUSES Y; a
characterisation that names no one behind it, or denies that anyone was, accuses no one."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Opposition leader Kamarul Yusof", "Kamarul Yusof"), ("The Patriotic Front", "Patriotic Front"))
_CALLS = ('called the case "political revenge" {v} by', "described the arrests as a witch hunt {v} by",
          "branded the charges a plot {v} by", "denounced the raid as a provocation {v} by")
_VERBS = ("orchestrated", "engineered", "masterminded", "ordered")
_BEHIND = (("the Peruvian government", "Peru"), ("President Jorge Paz", "Jorge Paz"))

PROBES = [
    Probe("characterised as someone's doing",
          f"{speaker} {call.format(v=verb)} {behind}.", (name, "ACCUSES", bname))
    for speaker, name in _SPEAKERS for call in _CALLS for verb in _VERBS for behind, bname in _BEHIND
] + [
    Probe("characterised as someone's doing: no one behind it",
          f"{speaker} called the festival a success {verb} by {behind}.", ("", "", ""),
          forbidden=((name, "ACCUSES", bname),))
    for speaker, name in _SPEAKERS for verb in ("organised", "hosted", "attended") for behind, bname in _BEHIND
] + [
    Probe("characterised as someone's doing: denied",
          f"{speaker} called the attack a tragedy and said it was not orchestrated by {behind}.", ("", "", ""),
          forbidden=((name, "ACCUSES", bname),))
    for speaker, name in _SPEAKERS for behind, bname in _BEHIND
]
