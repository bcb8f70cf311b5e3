"""A charge denied in a passive apposition (round 26): "A accused B of ..., a charge denied by C" / "A claimed ...,
a suggestion flatly denied by B's spokeswoman, C" -> C DENIES A (the charge's author), never whoever the charge
named; "X's spokeswoman, Y" is Y."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CLAIMS = (("Ukraine accused Russia of shelling the plant", "Ukraine", "Russia"),
           ("Lawmaker Gordon Ashcombe said Mauritius would let China build a port", "Gordon Ashcombe", "China"),
           ("Opposition leader Ana Ruiz claimed that Peru had rigged the vote", "Ana Ruiz", "Peru"))
_NOUNS = ("a charge", "an allegation", "a claim", "a suggestion", "an accusation")
_VERBS = ("denied", "flatly denied", "rejected", "swiftly dismissed")
_DENIERS = (("the Patriotic Front", "Patriotic Front"), ("Tomas Ibarra", "Tomas Ibarra"))

PROBES = [
    Probe("charge denied by",
          f"{claim}, {noun} {verb} by {denier}.", (dname, "DENIES", author),
          forbidden=((dname, "DENIES", named),))
    for claim, author, named in _CLAIMS for noun in _NOUNS for verb in _VERBS for denier, dname in _DENIERS
] + [
    Probe("charge denied by: a possessor's spokesperson",
          f"{claim}, a suggestion flatly denied by Raviraj Doolub's spokeswoman, Nadia Ramdin.",
          ("Nadia Ramdin", "DENIES", author), forbidden=(("Raviraj Doolub", "DENIES", named),))
    for claim, author, named in _CLAIMS
] + [
    Probe("charge denied by: no charge noun",
          f"{claim}, a port later {verb} by Tomas Ibarra.", ("", "", ""),
          forbidden=(("Tomas Ibarra", "DENIES", author),))
    for claim, author, _ in _CLAIMS for verb in ("visited", "bought")
]
