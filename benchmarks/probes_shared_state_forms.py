"""Round 31: "Congo" and "Congolese" mean the Republic of the Congo in a story filed from Brazzaville or naming that
state by its own name, and the Democratic Republic of the Congo otherwise (a Kinshasa dateline, "DRC")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ROC, _DRC = "Republic of the Congo", "Democratic Republic of the Congo"
_ACTS = (("France urged the Congolese authorities to free the journalists.", ("France", "DEMANDS", "{congo}")),
         ("Congo's government accused France of meddling in the election.", ("{congo}", "ACCUSES", "France")),
         ("Congo accused Rwanda of arming the rebels.", ("{congo}", "ACCUSES", "Rwanda")),
         ("Congolese police arrested Serge Mabiala, an opposition organiser, on Monday.",
          ("{congo}", "COERCES", "Serge Mabiala")))
_ROC_OPENINGS = ("BRAZZAVILLE, July 9 (Test Wire) — Opposition parties called a general strike on Tuesday. ",
                 "The Republic of the Congo held a disputed election last month. ")
_DRC_OPENINGS = ("KINSHASA, July 9 (Test Wire) — Opposition parties called a general strike on Tuesday. ",
                 "The DRC held a disputed election last month. ",
                 "Opposition parties called a general strike on Tuesday. ")


def _fill(triple: tuple[str, str, str], congo: str) -> tuple[str, str, str]:
    s, t, o = triple
    return s.format(congo=congo), t, o.format(congo=congo)


PROBES = [
    Probe("shared state form: the Republic of the Congo's story", opening + act, _fill(triple, _ROC),
          forbidden=(_fill(triple, _DRC),))
    for opening in _ROC_OPENINGS for act, triple in _ACTS
] + [
    Probe("shared state form: the DRC's story", opening + act, _fill(triple, _DRC),
          forbidden=(_fill(triple, _ROC),))
    for opening in _DRC_OPENINGS for act, triple in _ACTS
]
