"""Round 30: a named official who hands a note or letter to a named envoy, tells or summons one, meets them
("Foreign Minister A handed the ambassador, B, a protest note", "A told Russian ambassador B that ...", "A said she
had handed a letter to Chile's ambassador, B"); an envoy named only in what was said ("told reporters that
Ambassador B had left"), one who is no envoy ("the ambassador's aide, B"), and a state summoning an envoy meet no one
this way."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OFFICIALS = (("Foreign Minister Ana Duarte", "Ana Duarte"), ("Deputy Foreign Minister Karl Mertens", "Karl Mertens"),
              ("Marta Ilves, the state secretary,", "Marta Ilves"))
_ENVOYS = ("Tomas Berg", "Li Wenjun")
_ACTS = ("handed the ambassador, {e}, a protest note", "handed Ambassador {e} a note demanding an explanation",
         "told Russian ambassador {e} that the raids must stop", "gave the Chilean envoy, {e}, a list of demands",
         "delivered a letter of protest to Japan's ambassador, {e}", "summoned Ambassador {e} on Monday",
         "told the Kenyan charge d'affaires, {e}, that the decision was final")
_NOT_MET = ("told reporters that Ambassador {e} had left", "said the ambassador, {e}, was told to leave",
            "told the ambassador's aide, {e}, to leave the room")

PROBES = [
    Probe("an official and the envoy handed a note or told: a meeting", f"{title} {act.format(e=envoy)}.",
          (name, "MEETS_WITH", envoy))
    for title, name in _OFFICIALS for envoy in _ENVOYS for act in _ACTS
] + [
    Probe("an official and the envoy handed a note: said she had", f"{title} said she had handed a letter to "
          f"Germany's ambassador, {envoy}, on Tuesday.", (name, "MEETS_WITH", envoy))
    for title, name in _OFFICIALS[:1] for envoy in _ENVOYS
] + [
    Probe("an envoy only spoken of, or no envoy: no meeting", f"{title} {act.format(e=envoy)}.", ("", "", ""),
          forbidden=((name, "MEETS_WITH", envoy), (envoy, "MEETS_WITH", name)))
    for title, name in _OFFICIALS for envoy in _ENVOYS for act in _NOT_MET
]
