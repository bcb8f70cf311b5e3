"""Acts told by someone who is not a party to them: an act inside a quotation has no target in the speech tag after
it ('"... sanctions are a badge of honour," X wrote'); a monitor or ministry telling the toll of fighting or a blast
is not its author ("X said the clashes killed 12 soldiers")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = ("Peruvian minister Ana Paz", "the movement's spokesman, Ana Paz,", "Ana Paz, a Peruvian envoy,",
             "Peru's Finance Ministry", "Ana Paz")
_QUOTED = (('"Chile keeps bankrolling armed proxies across the region,"', "AIDS"),
           ('"Chilean sanctions are a badge of honour for us,"', "SANCTIONS"),
           ('"Chile will keep threatening anyone who stands in its way,"', "THREATENS"),
           ('"Chile has attacked villages across the border,"', "ATTACKS"))
_TAGS = ("{s} said.", "{s} wrote on Monday.", "{s} told reporters.")

_MONITORS = ("The Andean Rights Monitor", "The Andean Rights Monitor, a Lima-based war monitor,", "Bolivia's health ministry",
             "Officials in Bolivia")
_EVENTS = ("the fighting", "the clashes", "the violence near the border", "Sunday's blast",
           "the clashes, which began on May 2 after the murder of a Chilean trader,")
_TOLLS = ("killed 12 soldiers and 9 Chilean fighters", "had killed 21 Chilean fighters", "wounded 30 Chilean civilians")


def _speaker_name(s: str) -> str:
    return "Peru" if s.startswith("Peru's") else "Ana Paz"


PROBES = [
    Probe("quoted act, speaker after the quotation", f"{quote} {tag.format(s=s)}", ("", "", ""),
          forbidden=((("Chile", rel, _speaker_name(s))),))
    for quote, rel in _QUOTED for s in _SPEAKERS for tag in _TAGS
] + [
    Probe("reported toll of an event", f"{m} said {ev} {toll}.", ("", "", ""),
          forbidden=(("Andean Rights Monitor", "ATTACKS", "Chile"), ("Bolivia", "ATTACKS", "Chile")))
    for m in _MONITORS for ev in _EVENTS for toll in _TOLLS
]
