"""A dateline under a headline that ends as headlines do and sentences do not — a quoted word (straight or curly,
double or single) or a question — must still be read as the dateline: the city is no actor, and its capital names
the state of a bare "President X" in the body."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HEADLINES = (
    'Quito says Peruvian troops massed at border; Lima blames "misreading"',
    "Quito says Peruvian troops massed at border; Lima blames “misreading”",
    "Quito says Peruvian troops massed at border; Lima blames ‘misreading’",
    "Ecuador calls border build-up a 'threat'",
    "Explainer: Will Quito take its border row with Peru to court?",
    "Why is Ecuador worried about Peru's troops?",
)
_DATELINES = ("QUITO — ", "QUITO, May 3 (Andes Wire) - ", "QUITO, Ecuador -- ", "QUITO (Andes Wire) — ")
_BODIES = (
    ("President Mateo Salinas called an emergency cabinet meeting late on Monday.",
     ("Mateo Salinas", "LEADS", "Ecuador")),
    ("President Mateo Salinas accused Peru on Monday of moving troops to the border.",
     ("Mateo Salinas", "ACCUSES", "Peru")),
)

PROBES = [
    Probe("headline ending in a quote or question above a dateline",
          f"{headline}\n\n{dateline}Officials met overnight.\n\n{body}\n", rel, absent=("QUITO", "Quito"))
    for headline in _HEADLINES for dateline in _DATELINES for body, rel in _BODIES
]
