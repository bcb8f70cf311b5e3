"""Round 31: a one-word town the story files from, or puts after a preposition of place or travel, is not a body
when it stands in an actor's place ("The X authorities accused ...", "claimed the X attack and threatened ...",
"ready to send a plane to X"); a one-word body the story never places keeps its relations."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_TOWNS = (("Sfax", "Tunisia"), ("Mopti", "Mali"), ("Gyumri", "Armenia"), ("Tarija", "Bolivia"))
_DATELINED = ("{up}, {state}, May 3 (Test Wire) — {state}'s government ordered a European delegation to leave {town} "
              "shortly after it landed. The {town} authorities accused the European Union of meddling.")
_PLACED = ("Gunmen blew up a pumping station near {town} last week. The Sahel Liberation Front claimed the {town} "
           "attack and threatened further strikes on {state} unless its leader was freed.")
_TRAVEL = ("Hundreds of migrants left by bus from {town} on Friday. Venezuela said it was ready to send a plane to "
           "{town} if {state} allowed it to land.")
_FIRMS = ("Norvex", "Taldor", "Kesmar")

PROBES = [
    Probe("town in an actor's place: datelined and left", _DATELINED.format(up=town.upper(), town=town, state=state),
          ("", "", ""), forbidden=((town, "ACCUSES", "European Union"), ("European Union", "DENIES", town)),
          absent=(town,))
    for town, state in _TOWNS
] + [
    Probe("town in an actor's place: an attack near it", _PLACED.format(town=town, state=state),
          ("Sahel Liberation Front", "THREATENS", state), forbidden=((town, "THREATENS", state),), absent=(town,))
    for town, state in _TOWNS
] + [
    Probe("town in an actor's place: travelled to", _TRAVEL.format(town=town, state=state),
          ("", "", ""), forbidden=(("Venezuela", "OFFERS", town),), absent=(town,))
    for town, state in _TOWNS
] + [
    Probe("one-word body with a stake in it keeps its place",
          f"{state} bought a stake in {firm} last year. {firm} accused {state} of breaking the contract.",
          (firm, "ACCUSES", state))
    for firm in _FIRMS for _, state in _TOWNS[:2]
]
_SEATS = (("Baghdad", "Iraq", "Sulaymaniyah"), ("Tripoli", "Libya", "Misrata"), ("Mogadishu", "Somalia", "Kismayo"))
_BODIES = ("Talvor", "Norvex")

PROBES += [
    Probe("town in an actor's place: paired with a state's seat",
          f"{possessor} oil minister said {seat} and {town} had agreed to resume exports. {town} offered to pay the "
          f"arrears to {state} within a month.", ("", "", ""), forbidden=((town, "OFFERS", state),), absent=(town,))
    for seat, state, town in _SEATS for possessor in (f"{state}'s",)
] + [
    Probe("one-word body paired with a state keeps its place",
          f"Talks between {state} and {body} resumed on Monday. {body} accused {state} of stalling.",
          (body, "ACCUSES", state))
    for _, state, _ in _SEATS for body in _BODIES
]
