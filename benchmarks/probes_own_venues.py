"""Where a crowd protests (round 29): a crowd that marches on or rallies outside a named person's or body's building
protests that person or body ("marched on the minister's office"), but supporters gathered at their own party's
building protest the state the story is set in, not their party."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Kenya", "Kenyan", "NAIROBI"), ("Peru", "Peruvian", "LIMA"), ("Georgia", "Georgian", "TBILISI"))
_CROWDS = ("About 300 protesters", "Hundreds of demonstrators", "Several thousand people")
_ARREST = "{city}, Feb 18 (Wire) - {dem} police arrested the leader of the Unity Party, Karl Banda, on Sunday. "
_ROW = "{city}, Feb 18 (Wire) - {dem} Prime Minister Anna Varga signed a mining deal with a foreign firm. "

PROBES = [
    Probe("crowd at a named person's building", _ROW.format(city=city, dem=dem) + f"{crowd} {verb} Varga's "
          f"{building} on Monday.", (crowd, "PROTESTS", "Anna Varga"), forbidden=((crowd, "PROTESTS", state),))
    for state, dem, city in _STATES for crowd in _CROWDS
    for verb in ("marched on", "rallied outside", "demonstrated outside", "protested outside")
    for building in ("office", "residence", "official residence")
] + [
    Probe("supporters at their own party's building", _ARREST.format(city=city, dem=dem) + text,
          (crowd, "PROTESTS", state), forbidden=((crowd, "PROTESTS", "Unity Party"),))
    for state, dem, city in _STATES
    for crowd, text in (
        ("Several hundred supporters", "Several hundred supporters protested outside the party's offices on Monday."),
        ("Hundreds of supporters", "Hundreds of supporters rallied outside the Unity Party headquarters on Monday."),
        ("Hundreds of Unity Party supporters", "Hundreds of Unity Party supporters rallied outside the party's "
         "headquarters on Monday."),
        ("Hundreds of supporters", "Hundreds of supporters of the Unity Party protested outside the party's offices."))
] + [
    Probe("supporters at their own party's building: another body's building", _ARREST.format(city=city, dem=dem)
          + text, (crowd, "PROTESTS", body), forbidden=((crowd, "PROTESTS", state),))
    for state, dem, city in _STATES
    for crowd, body, text in (
        ("Hundreds of Unity Party supporters", "Electoral Commission", "Hundreds of Unity Party supporters rallied "
         "outside the Electoral Commission headquarters on Monday."),
        ("Hundreds of supporters", "Unity Party", "Hundreds of supporters of the Justice Party rallied outside the "
         "Unity Party headquarters on Monday."))
]
