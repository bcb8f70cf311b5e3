"""A relative clause in the passive on a name inside a phrase ("the trial of X, who was arrested by Y"): its subject
is that name, not the main clause's subject."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_FRAMES = ("criticised the trial of", "raised the case of", "suspended the extradition of", "discussed the fate of")
_NAMES = ("Tomas Velikov", "Ana Duarte")
_PASSIVES = (("arrested by Chilean police in May", "Chile", "COERCES"), ("sanctioned by Chile last year", "Chile", "SANCTIONS"),
             ("accused by Chile of spying", "Chile", "ACCUSES"), ("wanted in Chile on fraud charges", "Chile", "INVESTIGATES"))

PROBES = [
    Probe("passive relative clause after a phrase", f"Peru {frame} {name}, who {aux} {clause}.", (agent, rel, name),
          forbidden=((agent, rel, "Peru"),))
    for frame in _FRAMES for name in _NAMES for aux in ("was", "has been") for clause, agent, rel in _PASSIVES
    if not (aux == "has been" and "last year" in clause)
]
