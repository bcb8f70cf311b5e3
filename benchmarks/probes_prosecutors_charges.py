"""A prosecutor's accusation is a prosecution, round 29: "Prosecutors accuse X of ...", "The Anti-Fraud
Prosecutor's Office accused X of ...", "Court prosecutors accuse X of ..." -> the accuser INVESTIGATES X as well as
accusing X; negatives: a minister's or a party's accusation, a state accused, a pronoun for the accused."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSED = ("Rafael Tupac", "the union leader Nilda Quispe", "the mayor Jorge Villca")
_DEEDS = ("organising an attack on an army convoy", "taking bribes from a mining firm", "diverting union dues",
          "plotting to overthrow the government")
_ACCUSERS = (("The Anti-Fraud Prosecutor's Office", "Anti-Fraud Prosecutor's Office"),
             ("The Special Prosecution Service", "Special Prosecution Service"),
             ("Prosecutors at the Organised Crime Directorate", "Organised Crime Directorate"))


def _bare(who: str) -> str:
    return who.removeprefix("the union leader ").removeprefix("the mayor ")


PROBES = [
    Probe("a prosecutor's accusation is a prosecution", f"{accuser} accused {who} of {deed} on Monday.",
          (body, "INVESTIGATES", _bare(who)))
    for accuser, body in _ACCUSERS for who in _ACCUSED for deed in _DEEDS
] + [
    Probe("a prosecutor's accusation is a prosecution, by bare prosecutors of the story's state",
          f"Ecuador's government declared a state of emergency on Monday. Prosecutors {verb} {who} of {deed}.",
          ("Ecuador", "INVESTIGATES", _bare(who)))
    for verb in ("accuse", "accused") for who in _ACCUSED for deed in _DEEDS[:2]
] + [
    Probe("a prosecutor's accusation is a prosecution, still an accusation",
          f"The Anti-Fraud Prosecutor's Office accused {who} of {deed}.",
          ("Anti-Fraud Prosecutor's Office", "ACCUSES", _bare(who)))
    for who in _ACCUSED for deed in _DEEDS[:2]
] + [
    Probe("negative: an accusation by no prosecutor, of a state, or of a pronoun", text, ("", "", ""),
          forbidden=((src, "INVESTIGATES", who),))
    for text, src, who in (
        ("Interior Minister Ana Ruiz accused Rafael Tupac of organising an attack.", "Ana Ruiz", "Rafael Tupac"),
        ("The Workers' Party accused Rafael Tupac of taking bribes.", "Workers' Party", "Rafael Tupac"),
        ("The Anti-Fraud Prosecutor's Office accused Chile of hiding the evidence.",
         "Anti-Fraud Prosecutor's Office", "Chile"),
        ("Rafael Tupac spoke on Monday. The Anti-Fraud Prosecutor's Office accused him of taking bribes.",
         "Anti-Fraud Prosecutor's Office", "Rafael Tupac"),
        ("Rafael Tupac accused the Anti-Fraud Prosecutor's Office of hiding the evidence.", "Rafael Tupac",
         "Anti-Fraud Prosecutor's Office"))
]
