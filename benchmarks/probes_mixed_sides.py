"""Two sides of a fight written as one noun phrase, a state's demonym coordinated with a named group before their
shared force noun ("Israeli and Hezbollah fighters clashed"): each side attacks the other; no state where the shared
noun is no force ("Uruguayan and Pampas Front delegates met")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_GROUPS = ("Pampas Front", "FARP", "Pampas Liberation Army")
_NOUNS = ("fighters", "forces", "troops", "militants", "gunmen")
_VERBS = ("clashed near the border on Sunday", "exchanged fire near the border on Sunday",
          "traded fire near the border on Sunday")

PROBES = [
    Probe("mixed sides: demonym and named group", f"Uruguayan and {group} {noun} {verb}.",
          ("Uruguay", "ATTACKS", group), both_ways=True)
    for group in _GROUPS for noun in _NOUNS for verb in _VERBS
] + [
    Probe("mixed sides: no force noun, no state", f"Uruguayan and {group} {noun} met in Geneva on Sunday.",
          ("", "", ""), absent=("Uruguay",))
    for group in _GROUPS for noun in ("delegates", "negotiators", "officials")
]
