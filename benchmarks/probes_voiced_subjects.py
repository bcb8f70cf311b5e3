"""A bare state title ("a government spokesman, X") speaking the closing tag of a sentence whose subject is a
state other than the dateline's is that state's post: the act, the clauses in between and the tag vary."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = "LIMA — Peru closed two border crossings on Monday.\n\n"
_ACTS = ("Ecuador lodged a formal protest", "Quito recalled its ambassador for consultations",
         "Ecuador summoned the Colombian charge d'affaires")
_MIDDLES = ("", " in Bogota, where Bolivia keeps a consulate", " on Tuesday, a day after the border was closed")
_TAGS = (", a government spokesman, Ana Ruiz, told a news conference.", ", government spokeswoman Ana Ruiz said.",
         ", the government spokeswoman, Ana Ruiz, told reporters.")

PROBES = [
    Probe("bare state title closing another state's sentence", _LEAD + act + middle + tag,
          ("Ana Ruiz", "HOLDS_POSITION", "Ecuador"), forbidden=(("Ana Ruiz", "HOLDS_POSITION", "Peru"),))
    for act in _ACTS for middle in _MIDDLES for tag in _TAGS
]
