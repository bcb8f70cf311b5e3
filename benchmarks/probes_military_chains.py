"""The army, the military and the junta are one organ, and a bare "the military" carries on the chain of its
state's armed forces, even in a story filed from another capital that is named more often (round 27)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DATELINES = (("KUNMING, China, Jan 22 -", "China", "Beijing"), ("BANGKOK, Jan 22 -", "Thailand", "Bangkok"))
_OWNERS = (("Myanmar's military government", "Myanmar"), ("The Sudanese army", "Sudan"))
_LATER = ("{cap} hosted the talks and {cap} paid for the venue.", "{cap} said the deal was fragile.",
          "Officials in {cap} declined to comment.")
_ASKS = ("urged the military to let aid convoys in", "called on the army to halt air strikes",
         "urged the junta to free the prisoners")


def _text(dateline: str, cap: str, owner: str, ask: str, gap: int) -> str:
    filler = " ".join(_LATER[k % len(_LATER)].format(cap=cap) for k in range(gap))
    return (f"{dateline} {owner} agreed to a truce with the rebels. The military has bombed rebel towns since 2024. "
            f"{filler} The UN envoy, Teresa Halloran, {ask}.")


PROBES = [
    Probe("the military several sentences on", _text(dateline, cap, owner, ask, gap), ("Teresa Halloran", "DEMANDS", state),
          forbidden=(("Teresa Halloran", "DEMANDS", home),))
    for dateline, home, cap in _DATELINES for owner, state in _OWNERS for ask in _ASKS for gap in (2, 6)
]
