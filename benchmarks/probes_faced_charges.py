"""Charges told from the accused's side, round 29: "X faces fraud charges in Peru", "X, who is wanted in Peru on
charges of ...", "extradited X to Peru, where he faces charges" -> Peru INVESTIGATES X; negatives: charges only
called for or escaped, a state named in no place phrase of the charges, a destination with no charges."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PEOPLE = ("Tomás Arce", "Lidia Ferro", "the banker Óscar Lemos")
_FACED = ("faces fraud charges in Peru", "faces charges of money laundering in Peru",
          "is facing corruption and bribery charges in Peru", "will face charges of treason in Peru",
          "faced terrorism charges before a court in Peru", "is wanted in Peru on drug trafficking charges",
          "is wanted in Peru for questioning over the killings")
_FRAMES = ("{who} {faced}, his lawyer said on Monday.",
           "Chilean police detained {who}, who {faced}, on Monday.")
_SENT = ("extradited {who} to Peru, where he faces drug trafficking charges",
         "deported {who} to Peru, where she is wanted for fraud",
         "handed {who} over to Peru, where he will stand trial for murder",
         "flew {who} to Peru, where he is to face charges of corruption")


def _bare(who: str) -> str:
    return who.removeprefix("the banker ")


PROBES = [
    Probe("charges faced in a named state", frame.format(who=who, faced=faced),
          ("Peru", "INVESTIGATES", _bare(who)))
    for who in _PEOPLE for faced in _FACED for frame in _FRAMES
] + [
    Probe("charges faced where the one moved was sent", f"Chile {sent.format(who=who)} on Monday.",
          ("Peru", "INVESTIGATES", _bare(who)), forbidden=(("Chile", "INVESTIGATES", _bare(who)),))
    for who in _PEOPLE for sent in _SENT
] + [
    Probe("charges faced at a court named after the act",
          f"Chilean police flew {who} to the Netherlands, where he is to face charges of war crimes at the "
          f"International Criminal Court.", ("International Criminal Court", "INVESTIGATES", _bare(who)))
    for who in _PEOPLE
] + [
    Probe("negative: charges called for, escaped, or a state in no place phrase", text, ("", "", ""),
          forbidden=((state, "INVESTIGATES", who),))
    for text, state, who in (
        ("The opposition demanded that Tomás Arce face charges in Peru.", "Peru", "Tomás Arce"),
        ("Tomás Arce fled to Chile to avoid charges in Peru.", "Chile", "Tomás Arce"),
        ("Tomás Arce faces fraud charges, Peru's ambassador to Chile said.", "Chile", "Tomás Arce"),
        ("Tomás Arce faces pressure from Peru over the contract.", "Peru", "Tomás Arce"),
        ("Chile sent Tomás Arce to Peru, where he met the president on Monday.", "Peru", "Tomás Arce"),
        ("Tomás Arce, who was wanted in Peru's squad for the final, signed for a club in Chile.", "Peru",
         "Tomás Arce"))
]
