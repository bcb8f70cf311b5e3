"""Whose lawyer "his/her lawyer, X" is: the person the sentence's reported clause opens with ("his lawyer, X,
said Y denied ..."), else the person the last sentences open with whom the pronoun fits; "their lawyer" after
a group in the sentence is the group's; "X, a lawyer for (six of) the Y". An official who spoke of the case in
the sentence just before is not the client either (still open: the last sentence's opener is taken)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = "NAIROBI, May 4 (Wire) - Police on Monday arrested Daniel Mwangi, an opposition activist. "
_OFFICIAL = ("Interior Minister Joseph Kamau said the arrest was lawful. ",
             "Joseph Kamau, the interior minister, told parliament he had been charged with incitement. ")
_LAWYERS = ("His lawyer, Ruth Otieno, said", "His lawyer, Ruth Otieno, told reporters that")
_CLAUSES = (" the charges were political.", " she would appeal on Wednesday.")

PROBES = [
    Probe("his lawyer after an official spoke", _LEAD + official + lawyer + clause,
          ("Ruth Otieno", "ASSOCIATED_WITH", "Daniel Mwangi"),
          forbidden=(("Ruth Otieno", "ASSOCIATED_WITH", "Joseph Kamau"),))
    for official in _OFFICIAL for lawyer in _LAWYERS for clause in _CLAUSES
] + [
    Probe("his lawyer says the client did something", _LEAD + official + lawyer + " Mwangi denied the charges.",
          ("Ruth Otieno", "ASSOCIATED_WITH", "Daniel Mwangi"),
          forbidden=(("Ruth Otieno", "ASSOCIATED_WITH", "Joseph Kamau"),))
    for official in _OFFICIAL for lawyer in _LAWYERS
] + [
    Probe("her lawyer: the person a she stood for",
          "NAIROBI, May 4 (Wire) - Police on Monday detained Grace Wanjiku after she led a march. " + official
          + "Her lawyer, Peter Ochieng, said" + clause,
          ("Peter Ochieng", "ASSOCIATED_WITH", "Grace Wanjiku"),
          forbidden=(("Peter Ochieng", "ASSOCIATED_WITH", "Joseph Kamau"),))
    for official in ("Joseph Kamau accused the march organisers of violence. ",
                     "Interior Minister Joseph Kamau said he had seen the videos. ")
    for clause in _CLAUSES
] + [
    Probe("their lawyer after a group", "NAIROBI, May 4 (Wire) - " + group + " have denied the charges, their lawyer, "
          "Ruth Otieno, said.", ("Ruth Otieno", "ASSOCIATED_WITH", group.removeprefix("The ")))
    for group in ("The two suspects", "The three activists")
] + [
    Probe("a lawyer for some of a group", "NAIROBI, May 4 (Wire) - Police detained 12 suspects on Monday. Ruth Otieno, "
          f"a lawyer for {some}the suspects, said they had been beaten.", ("Ruth Otieno", "ASSOCIATED_WITH", "12 suspects"))
    for some in ("", "five of ")
]
