"""Charges told by a reporting verb that is itself a charge ("alleged that Y ...") and denials naming their
accuser as a modifier ("rejected Chilean accusations") or with a quoted verb, round 19; negatives: a claim that
imputes no wrong, a negated charge, territorial claims, a modifier that is no actor."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSERS = (("Chile", "Chilean"), ("Peru", "Peruvian"), ("the United States", "U.S."), ("Brazil", "Brazilian"))
_ACCUSED = ("Bolivia", "Ecuador")
_ALLEGE = ("alleged", "alleged on Monday", "has alleged", "has long alleged", "charged", "alleges")
_DENY_VERBS = ("rejected", "dismissed", "disputed")
_NOUNS = ("accusations", "allegations", "charges")
_DEEDS = ("paid the judges", "hid the ship's owners", "sent agents across the border")


def _name(country: str) -> str:
    return "United States" if country == "the United States" else country


PROBES = [
    Probe("alleged that: the clause subject is accused",
          f"{accuser[:1].upper() + accuser[1:]} {verb} that {accused} {deed}.", (_name(accuser), "ACCUSES", accused))
    for accuser, _ in _ACCUSERS for accused in _ACCUSED for verb in _ALLEGE for deed in _DEEDS
] + [
    Probe("prosecutors allege that: the state accuses",
          f"{adj} prosecutors allege that Tomas Lindqvist, a former port manager, {deed}.",
          (_name(accuser), "ACCUSES", "Tomas Lindqvist"))
    for accuser, adj in _ACCUSERS for deed in _DEEDS
] + [
    Probe("denial naming the accuser as a modifier",
          f"Ecuador's foreign minister, Lucia Paredes, {verb} {adj} {noun} that Quito {deed}.",
          ("Lucia Paredes", "DENIES", _name(accuser)), forbidden=(("Lucia Paredes", "REJECTS", _name(accuser)),))
    for accuser, adj in _ACCUSERS for verb in _DENY_VERBS for noun in _NOUNS for deed in _DEEDS
] + [
    Probe("denial with a quoted verb answers the last accuser",
          f"{accuser[:1].upper() + accuser[1:]} accused Bolivian officials of spying. Bolivia \"firmly {verb[:-1]}s\" "
          f"the {noun}, its foreign ministry said.",
          ("Bolivia", "DENIES", _name(accuser)), forbidden=(("Bolivia", "REJECTS", _name(accuser)),))
    for accuser, _ in _ACCUSERS for verb in ("rejected", "dismissed") for noun in _NOUNS
] + [
    Probe("negative: a claim imputing no wrong", f"Chile claimed that {accused} had won the vote.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", accused),))
    for accused in _ACCUSED
] + [
    Probe("negative: a negated charge", f"Chile alleged that {accused} had not paid its share.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", accused),))
    for accused in _ACCUSED
] + [
    Probe("negative: territorial claims are no accusation", f"Ecuador {verb} {adj} claims to the islands.",
          ("", "", ""), forbidden=(("Ecuador", "DENIES", _name(accuser)),))
    for accuser, adj in _ACCUSERS for verb in _DENY_VERBS
] + [
    Probe("negative: a modifier that is no actor", f"Ecuador {verb} baseless {noun} that Colombia {deed}.",
          ("", "", ""), forbidden=(("Ecuador", "DENIES", "Colombia"),))
    for verb in _DENY_VERBS for noun in _NOUNS for deed in _DEEDS
]

_HOLD_VERBS = ("arrested", "detained", "indicted", "charged", "sanctioned", "expelled")
_WHEN = ("on Monday", "last year", "in March")
PROBES += [
    Probe("participle 'accusing him' takes up the clause's object",
          f"Uruguay {verb} Diego Ferraz {when}, {adv}accusing {pron} of spying.", ("Uruguay", "ACCUSES", "Diego Ferraz"))
    for verb in _HOLD_VERBS for when in _WHEN for adv in ("", "formally ") for pron in ("him",)
] + [
    Probe("negative: 'accusing him' in another clause", f"Uruguay {verb} Diego Ferraz {when}; Argentina, accusing him "
          "of lying, refused to comment.", ("", "", ""), forbidden=(("Uruguay", "ACCUSES", "Diego Ferraz"),))
    for verb in _HOLD_VERBS for when in _WHEN
]

_LISTINGS = (("imposed sanctions on", "designations"), ("imposed sanctions on", "listing"),
             ("designated", "sanctions"), ("blacklisted", "designations"), ("sanctioned", "designation"))
PROBES += [
    Probe("answer to a listing told by its twin noun",
          f"Canada on Friday {act} the Cauca Front. The Cauca Front {verb} the {noun}.",
          ("Cauca Front", rel, "Canada"))
    for act, noun in _LISTINGS for verb, rel in (("dismissed", "REJECTS"), ("rejected", "REJECTS"),
                                                 ("condemned", "ACCUSES"))
]

_REBUT_VERBS = ("rejected", "dismissed", "denied")
_REBUT_NOUNS = ("the criticism", "the complaint", "the accusations", "these claims")
_WRONGS = ("had failed to stop the smugglers", "was trying to interfere in its affairs", "had sheltered the plotters")
PROBES += [
    Probe("rebuttal turning the charge on another party",
          f"Greek government spokeswoman Eleni Kosta {verb} {noun}, saying {other} {wrong}.",
          ("Eleni Kosta", "ACCUSES", name))
    for verb in _REBUT_VERBS for noun in _REBUT_NOUNS for other, name in (("Ankara", "Turkey"), ("Turkey", "Turkey"))
    for wrong in _WRONGS
] + [
    Probe("negative: rebuttal naming a party without a wrong",
          f"Greek government spokeswoman Eleni Kosta {verb} {noun}, saying Turkey {clause}.", ("", "", ""),
          forbidden=(("Eleni Kosta", "ACCUSES", "Turkey"),))
    for verb in _REBUT_VERBS for noun in _REBUT_NOUNS
    for clause in ("had agreed to the talks", "would try to block the talks", "had not sheltered anyone")
]
