"""Round 31: "the ship" / "the vessel" / "the tanker" inside a sentence ("Peru's navy boarded the ship", "said the
vessel had been seized") is the one ship the story has named so far; with two ships named it is neither (vessels:
an opening "The ship" was already the ship last named)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_NAMED = ("The tanker Silver Gull was seen near the cable on Monday.",
          "Investigators said the cargo ship Polar Dawn had dragged its anchor over the cable.")
_SHIPS = {"The tanker Silver Gull was seen near the cable on Monday.": "Silver Gull",
          "Investigators said the cargo ship Polar Dawn had dragged its anchor over the cable.": "Polar Dawn"}
_ACTS = (("Peru's navy boarded the {noun} that night.", "Peru", "COERCES"),
         ("Chile seized the {noun} on Tuesday.", "Chile", "COERCES"),
         ("The European Union sanctioned the {noun} in March.", "European Union", "SANCTIONS"),
         ("Ecuador accused the {noun} of damaging the cable.", "Ecuador", "ACCUSES"))
_NOUNS = ("ship", "vessel")

PROBES = [
    Probe("ship noun inside a sentence, one ship named", f"{named} {act.format(noun=noun)}", (source, kind, _SHIPS[named]))
    for named in _NAMED for act, source, kind in _ACTS for noun in _NOUNS
] + [
    # two ships named: "the ship" may be either, so it is neither
    Probe("ship noun inside a sentence, two ships named",
          f"The tanker Silver Gull and the cargo ship Polar Dawn were seen near the cable. {act.format(noun=noun)}",
          ("", "", ""), forbidden=((source, kind, "Silver Gull"), (source, kind, "Polar Dawn")))
    for act, source, kind in _ACTS for noun in _NOUNS
] + [
    # no ship named: nothing to stand for
    Probe("ship noun inside a sentence, no ship named", f"Peru protested on Monday. {act.format(noun=noun)}",
          ("", "", ""), forbidden=((source, kind, "Peru"),))
    for act, source, kind in _ACTS for noun in _NOUNS
]
