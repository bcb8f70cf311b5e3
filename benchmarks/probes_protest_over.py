"""A protest lodged over what someone did or said, with no addressee named (round 28): "lodged a protest over a post
by Chile's consul", "filed a formal protest over Chile's decision to ..." -> PROTESTS the maker. The one who
suffered the act protested over ("over the arrest of X", "over X's detention") is not protested."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LODGED = ("lodged a protest", "lodged a formal protest", "filed a diplomatic protest", "lodged a strong protest",
           "has lodged a formal complaint", "issued a protest note")
_BY = (("remarks by Chilean Foreign Minister Ana Ruiz", "Ana Ruiz"), ("a statement by Chile", "Chile"),
       ("the latest comments from Bolivia", "Bolivia"), ("a post by the Andes Front", "Andes Front"))
_OWNED = (("Chile's decision to close the border", "Chile"), ("Bolivia's new fishing restrictions", "Bolivia"),
          ("Ecuador's naval exercises near the coast", "Ecuador"), ("the Andes Front's threats", "Andes Front"))

PROBES = [
    Probe("protest over an act by its maker", f"Peru {lodged} over {what} on Monday.", ("Peru", "PROTESTS", maker))
    for lodged in _LODGED for what, maker in _BY
]
PROBES += [
    Probe("protest over an act owned by its maker", f"Peru {lodged} over {what}.", ("Peru", "PROTESTS", maker))
    for lodged in _LODGED for what, maker in _OWNED
]
PROBES += [
    Probe("protest over what someone suffered", f"Peru {lodged} over {what}.", ("", "", ""),
          forbidden=(("Peru", "PROTESTS", "Tomas Ruiz"),))
    for lodged in _LODGED
    for what in ("the arrest of Tomas Ruiz", "Tomas Ruiz's detention", "the treatment of Tomas Ruiz in prison")
]
