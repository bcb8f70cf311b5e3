"""A protest told by where it is held (round 28): whoever stages a sit-in, a rally or a vigil, or protests, rallies or
gathers outside a foreign state's embassy protests that state; outside a named body's building or a person's office,
that body or person; at a seat of the state's power named by its function ("parliament", "the presidential
palace", "the interior ministry"), the state the story is set in. A court's building, a venue nobody owns and a
protest only named ("a planned march on parliament") give no protest."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DATELINE = "LIMA, March 4 (Wire) - "
_HOLDERS = (("The Coastal Farmers' Union", "Coastal Farmers' Union"), ("The Ruiz Workers Federation", "Ruiz Workers Federation"),
            ("The opposition Dawn Party", "Dawn Party"))
_ACTS = ("staged a sit-in", "held a rally", "held a vigil", "staged a protest", "protested", "rallied",
         "demonstrated", "held a demonstration")
_MISSIONS = (("the Chilean embassy", "Chile"), ("Chile's embassy", "Chile"), ("the Bolivian consulate", "Bolivia"),
             ("the Ecuadorian embassy", "Ecuador"))
_SEATS = ("parliament", "the presidential palace", "the interior ministry", "the government headquarters")
_TAILS = (" on Thursday.", " in Lima on Thursday, witnesses said.")

PROBES = [
    Probe("protest outside a foreign mission", f"{_DATELINE}{holder} {act} outside {site}{tail}", (name, "PROTESTS", state))
    for holder, name in _HOLDERS for act in _ACTS for site, state in _MISSIONS for tail in _TAILS
]
PROBES += [
    Probe("protest at a seat of the state's power", f"{_DATELINE}Peru raised fuel prices on Monday. {holder} {act} "
          f"{prep} {seat}{tail}", (name, "PROTESTS", "Peru"))
    for holder, name in _HOLDERS for act in _ACTS for prep in ("outside", "in front of") for seat in _SEATS
    for tail in _TAILS
]
PROBES += [
    Probe("protest promised at a seat of power", f"{_DATELINE}Peru raised fuel prices. {holder} said it would {act} "
          f"outside {seat} on Friday.", (name, "PROTESTS", "Peru"), status="hypothetical")
    for holder, name in _HOLDERS for act in ("hold a rally", "stage a sit-in", "hold a protest") for seat in _SEATS
]
PROBES += [
    Probe("march on a person's office", f"{_DATELINE}Hundreds of protesters marched on {who}'s {place} on Monday.",
          ("Hundreds of protesters", "PROTESTS", who))
    for who in ("Ivo Kastel", "Marta Quispe Rojas") for place in ("office", "home")
]
PROBES += [
    Probe("protest after another act of the holder", f"{_DATELINE}{holder}, which represents growers, accused Chile of "
          f"stealing water and {act} outside the Bolivian embassy on Thursday.", (name, "PROTESTS", "Bolivia"))
    for holder, name in _HOLDERS for act in ("staged a sit-in", "held a rally", "protested")
]
PROBES += [
    # no protest: a court, a venue nobody owns, a march only named, a gathering for something else
    Probe("no protest at this venue", f"{_DATELINE}{text}", ("", "", ""),
          forbidden=tuple((name, "PROTESTS", state) for name in ("Coastal Farmers' Union", "Dawn Party")
                          for state in ("Peru", "Chile")))
    for text in ("The Coastal Farmers' Union staged a sit-in outside the court on Thursday.",
                 "The Coastal Farmers' Union held a rally outside the airport in Lima on Thursday.",
                 "The Dawn Party said it would call off a planned march on parliament if Peru agreed to talks.",
                 "Members of the Dawn Party gathered at the stadium to watch Chile play.",
                 "The Dawn Party said police had broken up a protest outside parliament.")
]
