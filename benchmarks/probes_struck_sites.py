"""Force on a state's sites (round 18): a demonym's site after a word of force, a site struck in a country; and the
same sites outside force, or the subject's own, which name no party."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_VERBS = ("struck", "pounded", "shelled", "bombed", "hit")
_SITES = ("energy facilities", "an oil refinery", "fuel depots", "a power plant", "gas infrastructure")


def _demonym_site(site: str) -> str:
    return site.replace("an oil", "Bolivian oil").replace("a power", "Bolivian power") if site[:2] in ("a ", "an") \
        else f"Bolivian {site}"


PROBES = [
    Probe("force on a state's sites", f"Peruvian drones {verb} {_demonym_site(site)} overnight.",
          ("Peru", "ATTACKS", "Bolivia"))
    for verb in _VERBS for site in _SITES
] + [
    Probe("force on a state's sites", f"Peru {verb} {site} in Bolivia's Oruro region on Friday.",
          ("Peru", "ATTACKS", "Bolivia"))
    for verb in _VERBS for site in _SITES
] + [
    Probe("force on a state's sites", f"Peru fired {n} missiles and {m} drones at Bolivia overnight.",
          ("Peru", "ATTACKS", "Bolivia"))
    for n in ("12", "dozens of") for m in ("more than 90", "40", "several")
] + [
    Probe("force on a state's sites", f"{lead} {_demonym_site(site)} {tail}.", ("", "", ""),
          forbidden=(("Peru", "ATTACKS", "Bolivia"),))
    for lead, tail in (("Peru bought fuel from", "last year"), ("Peru's police raided", "near the border"),
                       ("Peru has long discouraged strikes on", "across the region"))
    for site in _SITES
] + [
    Probe("force on a state's sites", f"Peru {verb} its own {site.split()[-1]} in Bolivia by mistake.", ("", "", ""),
          forbidden=(("Peru", "ATTACKS", "Bolivia"),))
    for verb in _VERBS for site in _SITES
]
