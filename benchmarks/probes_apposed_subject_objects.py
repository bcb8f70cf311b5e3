"""Round 31: an object "him"/"her" after a subject apposed to its post ("Peru's attorney general, X, later charged
him") or after an opening adverbial and a title ("On Friday, Attorney General X charged him") is the person named
before, as after a plain subject: the subject opens its clause, so it is not the one "him" means (person_objects)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BEFORE = ("Tomás Ibarra was arrested at the airport in December.",
           "Police detained the activist Tomás Ibarra in December.")
_SUBJECTS = ("Peru's attorney general, Lucía Campos, later", "The country's chief prosecutor, Lucía Campos, later",
             "On Friday, Attorney General Lucía Campos")
_ACTS = (("charged him with treason.", "INVESTIGATES"), ("accused him of spying for a foreign power.", "ACCUSES"),
         ("ordered him to leave the country.", "COERCES"), ("met him in prison on Thursday.", "MEETS_WITH"))

PROBES = [
    Probe("object pronoun after an apposed subject", f"{before} {subject} {act}", ("Lucía Campos", kind, "Tomás Ibarra"))
    for before in _BEFORE for subject in _SUBJECTS for act, kind in _ACTS
] + [
    # no one named before: "him" is no one, least of all the subject's own state
    Probe("object pronoun after an apposed subject, no antecedent", f"{subject} {act}", ("", "", ""),
          forbidden=(("Lucía Campos", kind, "Peru"), ("Peru", kind, "Lucía Campos")))
    for subject in _SUBJECTS[:2] for act, kind in _ACTS
]
