"""A prosecution told from the defendant's side, round 23: "X went on trial in Y", "X pleaded not guilty before a
Y court", "X faces up to 15 years in prison", "the trial of X opened in Y" -> the prosecuting state INVESTIGATES X;
negatives: a country in a charge ("spying for Z") is not the prosecutor, a trial only called for is none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

_DEFENDANTS = ("the journalist Kofi Mensah", "opposition leader Kofi Mensah", "Kofi Mensah, a former army colonel,")
_ACTS = ("went on trial in Ghana on Monday", "went on trial before a Ghanaian military court on Monday",
         "pleaded not guilty to treason charges before a Ghanaian court", "pleaded not guilty in Ghana on Monday",
         "stands trial in Ghana on charges of spying for Togo", "appeared in a Ghanaian court on Monday",
         "appeared before a court in Accra on Monday", "is on trial in Ghana for sedition",
         "was found guilty of sedition by a Ghanaian court")
_IMPLICIT = ("Kofi Mensah faces up to 15 years in prison, Ghanaian prosecutors said.",
             "Kofi Mensah, who faces life imprisonment if convicted, denies the charges, Ghana's attorney general said.",
             "The trial of Kofi Mensah opened in Accra on Monday, Ghana's attorney general said.",
             "Kofi Mensah's treason trial opened in Accra on Monday, Ghana's attorney general said.",
             "Kofi Mensah went on trial in Accra on Monday, Ghanaian prosecutors said.")

PROBES = [
    Probe("a trial told from the defendant's side", capitalised(f"{who} {act}."), ("Ghana", "INVESTIGATES", "Kofi Mensah"),
          forbidden=(("Togo", "INVESTIGATES", "Kofi Mensah"),))
    for who in _DEFENDANTS for act in _ACTS
] + [
    Probe("a trial told from the defendant's side, the state in discourse", text, ("Ghana", "INVESTIGATES", "Kofi Mensah"))
    for text in _IMPLICIT
] + [
    Probe("negative: a trial called for, a country in the charge", text, ("", "", ""),
          forbidden=((src, "INVESTIGATES", "Kofi Mensah"),))
    for text, src in (("Togo demanded Kofi Mensah's trial on Monday.", "Togo"),
                      ("Kofi Mensah, who worked for Togo, stands trial on charges of spying for Togo.", "Togo"),
                      ("Kofi Mensah's trial lawyer in Togo said Ghana was wrong.", "Togo"),
                      ("Kofi Mensah fled to Togo to escape a trial in Ghana.", "Togo"))
]
PROBES += [
    Probe("a charge's served party is not the prosecutor", text, ("Ghana", "INVESTIGATES", "Kofi Mensah"),
          forbidden=(("Togo", "INVESTIGATES", "Kofi Mensah"),))
    for text in ("Kofi Mensah was charged with spying for Togo, Ghanaian prosecutors said.",
                 "Kofi Mensah is charged with working for Togo's intelligence service, Ghanaian prosecutors said.",
                 "Kofi Mensah was charged on Monday with passing secrets to Togo, Ghana's attorney general said.")
]
