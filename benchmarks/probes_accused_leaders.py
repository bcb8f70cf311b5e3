"""Round 20: a bare "President X" is not guessed to lead the state that accuses or acts on X or "the government
of President X"; the act stays the accuser's on X. An accusation of "the government of President X" in a story about
X's own state goes to that state (Peru), with X leading it; sanctions and threats on "the government of President X"
still name X (the development gold has no such case to settle it). Negative: X's own state speaking well of X keeps
the guess."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEDES = ("Peru's spy chief said Chilean money was flowing to Peruvian parties.",
          "LIMA, May 3 — Peruvian prosecutors opened an inquiry into Chilean payments to local parties.")
_AGENTS = ("Chile", "Santiago", "The Chilean government")
_OBJECTS = ("the government of President Ana Ruiz", "President Ana Ruiz", "Prime Minister Ana Ruiz")
_ACTS = (("has accused {obj} of persecuting the opposition.", "ACCUSES"),
         ("on Monday imposed sanctions on {obj}.", "SANCTIONS"),
         ("has threatened {obj} with retaliation.", "THREATENS"))

PROBES = [
    Probe("accused leader: not the accuser's",
          f"{lede} {agent} {act.format(obj=obj)}",
          ("Chile", rel, "Peru" if rel == "ACCUSES" and obj.startswith("the government") else "Ana Ruiz"),
          forbidden=(("Ana Ruiz", "LEADS", "Chile"),))
    for lede in _LEDES for agent in _AGENTS for obj in _OBJECTS for act, rel in _ACTS
    if not (agent.endswith("government") and obj.startswith("the government"))  # (then: Chile -> Peru, X LEADS Peru)
] + [
    Probe("accused leader: own state keeps the guess",
          f"Chile's economy grew by 3 percent last year. {obj} said on Monday that Chile would cut taxes.",
          ("Ana Ruiz", rel, "Chile"))
    for obj, rel in (("President Ana Ruiz", "LEADS"), ("Prime Minister Ana Ruiz", "LEADS"))
]
