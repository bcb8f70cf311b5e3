"""A name that only modifies what the verb takes ("suspended EU accession talks", "attacks U.S. embargo", "sanctions
regimes"), a participle whose noun opens another clause ("after an offensive backed by X stalled") and the place
people are expelled to: none is the relation's party (with the plain wordings that must still hold)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SUSPENDED = ("EU accession talks", "EU membership negotiations", "EU-funded programmes", "U.S. aid")
_POLICIES = ("U.S. embargo", "U.S. tariffs", "US policy", "US decision", "U.S. plans")
_SUBORDINATORS = ("after", "when", "since", "before")
_BACKERS = ("Ghanaian troops", "Ghana", "Ghanaian air power")

PROBES = [
    Probe("a name modifying what is suspended", f"The Civic Union suspended {what} in 2023.",
          ("", "", ""), forbidden=(("Civic Union", "COERCES", "European Union"), ("Civic Union", "SANCTIONS", "European Union"),
                                   ("Civic Union", "SANCTIONS", "United States"), ("Civic Union", "COERCES", "United States")))
    for what in _SUSPENDED
] + [
    Probe("a member suspended is sanctioned", f"ECOWAS {verb} Guinea after the coup.", ("ECOWAS", "SANCTIONS", "Guinea"))
    for verb in ("suspended", "has suspended")
] + [
    Probe("a state's policy attacked in words", f"Cuba's envoy attacks {what} as the assembly votes.",
          ("Cuba", "ACCUSES", "United States"), forbidden=(("Cuba", "ATTACKS", "United States"),))
    for what in _POLICIES
] + [
    Probe("a state's posts attacked by force", f"Venezuela attacked {what} near the border.", ("Venezuela", "ATTACKS", "Guyana"))
    for what in ("Guyanese positions", "Guyanese troops", "Guyana")
] + [
    Probe("sanctions as a modifier", f"Oman said it adheres to {what} and was studying data provided by Qatar.",
          ("", "", ""), forbidden=(("Oman", "SANCTIONS", "Qatar"),))
    for what in ("international sanctions regimes", "the sanctions list", "UN sanctions laws")
] + [
    Probe("a sanctions package against a state", f"Canada adopts new sanctions {what} against Belarus.",
          ("Canada", "SANCTIONS", "Belarus"))
    for what in ("package", "regime")
] + [
    Probe("a backed noun in another clause", f"The Delta Front retook three towns {sub} an offensive backed by {by} stalled.",
          ("", "", ""), forbidden=(("Ghana", "SUPPORTS", "Delta Front"),))
    for sub in _SUBORDINATORS for by in _BACKERS
] + [
    Probe("a place expelled to", f"At least twelve Togolese nationals were {verb} {to}.",
          ("", "", ""), forbidden=(("Benin", "COERCES", "At least twelve Togolese nationals"),
                                   ("Ghana", "COERCES", "At least twelve Togolese nationals")))
    for verb in ("expelled", "deported", "effectively expelled", "forcibly returned")
    for to in ("to neighbouring Benin", "to Benin and Ghana", "back to Benin")
]
