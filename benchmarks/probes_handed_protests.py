"""Protests handed to someone (round 29): "the Russian ambassador was handed a formal protest", "Denmark handed the
Chinese envoy, X, a note of protest" protest against the envoy's state; the one handed the protest never lodges it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HOSTS = (("Denmark", "COPENHAGEN"), ("Poland", "WARSAW"), ("Japan", "TOKYO"))
_SENDERS = (("Russia", "Russian", "Ivan Sokolov"), ("China", "Chinese", "Wang Lei"), ("Iran", "Iranian", "Reza Tavakoli"))
_NOUNS = ("a formal protest", "a note of protest", "a strongly worded protest note", "a diplomatic protest")
_OPENING = "{city}, Oct 8 (Wire) - Drones were seen over two airports on Wednesday night. "

PROBES = [
    Probe("protest handed to an envoy: passive", _OPENING.format(city=city) + text, (host, "PROTESTS", state),
          forbidden=((state, "PROTESTS", host), (envoy, "PROTESTS", host)))
    for host, city in _HOSTS for state, dem, envoy in _SENDERS for noun in _NOUNS
    for text in (f"The {dem} ambassador was handed {noun} at the foreign ministry.",
                 f"{dem} ambassador {envoy} was handed {noun} on Thursday, officials said.",
                 f"The {dem} envoy, {envoy}, has been handed {noun}.")
] + [
    Probe("protest handed to an envoy: active", _OPENING.format(city=city) + text, (host, "PROTESTS", state),
          forbidden=((state, "PROTESTS", host), (envoy, "PROTESTS", host)))
    for host, city in _HOSTS for state, dem, envoy in _SENDERS for noun in _NOUNS
    for text in (f"{host} handed the {dem} ambassador {noun} on Thursday.",
                 f"{host} on Thursday handed {dem} ambassador {envoy} {noun}.")
] + [
    Probe("protest handed to an envoy: handed something else", _OPENING.format(city=city) + text, ("", "", ""),
          forbidden=((host, "PROTESTS", state), (state, "PROTESTS", host)))
    for host, city in _HOSTS for state, dem, _ in _SENDERS
    for text in (f"The {dem} ambassador was handed a copy of the report at the foreign ministry.",
                 f"{host} handed the {dem} ambassador an invitation to the ceremony.")
]
