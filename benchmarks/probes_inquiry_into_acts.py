"""An inquiry into an act named by a noun ("opened an investigation into the deaths", "was investigating the
killings"): whoever carried out the act is investigated; with no act of another party told, no one is."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = ("Chilean soldiers shot dead three farmers in a raid on Sunday.",
         "Chilean soldiers killed three farmers in a raid on Sunday.")
_BODIES = ("The Ombudsman's Office", "The Human Rights Commission")
_INQUIRIES = ("had opened an investigation into the {n}", "was investigating the {n}", "had launched an inquiry into the {n}",
              "would open a probe into the {n}")
_NOUNS = ("deaths", "killings", "shootings", "raid")


def _name(b: str) -> str:
    return b.replace("The ", "", 1)


PROBES = [
    Probe("inquiry into an act", f"{act} {body} said it {inq.format(n=noun)}.", (_name(body), "INVESTIGATES", "Chile"))
    for act in _ACTS for body in _BODIES for inq in _INQUIRIES for noun in _NOUNS
] + [
    Probe("inquiry into an act of no one", f"Floods hit the south on Sunday. {body} said it {inq.format(n=noun)}.",
          ("", "", ""), forbidden=((_name(body), "INVESTIGATES", "Chile"),))
    for body in _BODIES for inq in _INQUIRIES for noun in _NOUNS[:2]
]
