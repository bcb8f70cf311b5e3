"""A release demanded with the prisoner as possessor ("called for Cojocaru's immediate release"): a demand on
whoever holds the prisoner, as "the release of X" is; not a demand on the prisoner (round 19)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ARRESTS = ("Moldovan police detained the activist Irina Cojocaru on Saturday.",
            "Moldova arrested the activist Irina Cojocaru on Saturday.",
            "The activist Irina Cojocaru was detained by Moldovan police on Saturday.")
_DEMANDERS = ("The Council of Europe", "The European Parliament")
_WORDINGS = ("called for Cojocaru's release", "called for Cojocaru's immediate release",
             'called for Cojocaru\'s "immediate release"', "called for Cojocaru's unconditional release",
             "demanded Cojocaru's release", "demanded Cojocaru's immediate release",
             "called on Monday for Cojocaru's release")
_NOT_DEMANDS = ("welcomed Cojocaru's release", "called for Cojocaru's extradition", "called for Cojocaru's arrest",
                "praised Cojocaru's courage")

PROBES = [
    Probe("possessed release demanded", f"{arrest} {who} {wording}.",
          (who.removeprefix("The "), "DEMANDS", "Moldova"),
          forbidden=((who.removeprefix("The "), "DEMANDS", "Irina Cojocaru"),))
    for arrest in _ARRESTS for who in _DEMANDERS for wording in _WORDINGS
] + [
    Probe("possessed act, no demand on the possessor", f"{arrest} {who} {wording}.", ("", "", ""),
          forbidden=((who.removeprefix("The "), "DEMANDS", "Irina Cojocaru"),))
    for arrest in _ARRESTS for who in _DEMANDERS for wording in _NOT_DEMANDS
]
