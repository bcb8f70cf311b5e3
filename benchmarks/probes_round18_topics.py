"""Round 18 (G): a country named only as the topic of another body's sanctions regime, committee or envoy is not
the agent (the body's owner is); a verb joined by ", and later/then" keeps the clause's subject; a list of measures
imposed on someone is one sanction."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OWNERS = (("The Security Council's", "Security Council"), ("The European Union's", "European Union"),
           ("The UN's", "UN"), ("The African Union's", "African Union"))
_TOPICS = ("Libya", "Belize", "Yemen", "Mali")
_BODIES = ("sanctions committee", "sanctions regime", "envoy", "panel of experts")
_VERBS = (("accused Oren Falk of smuggling", "ACCUSES"), ("met Oren Falk on Monday", "MEETS_WITH"),
          ("has designated Oren Falk", "DESIGNATES"))

_JOINS = (", and later", ", and then", ", then", ", later")
_FIRSTS = ("Ivo Brandt at his farm on Sunday", "Ivo Brandt, a fisherman", "Ivo Brandt, head of the Dock Union")

_LISTS = ("a travel ban, asset freeze and arms embargo", "a travel ban and asset freeze", "an asset freeze and arms embargo",
          "an asset freeze, a visa ban and sanctions", "a visa ban and an asset freeze")

PROBES = [
    Probe("topic country of a body", f"{owner} {topic} {body} {verb}.", (name, rel, "Oren Falk"),
          forbidden=((topic, rel, "Oren Falk"),))
    for owner, name in _OWNERS for topic in _TOPICS for body in _BODIES for verb, rel in _VERBS
] + [
    Probe("joined verb after an object", f"The Harbour Guard detained {first}{join} arrested Lucio Ferrante.",
          ("Harbour Guard", "COERCES", "Lucio Ferrante"), forbidden=(("Ivo Brandt", "COERCES", "Lucio Ferrante"),))
    for first in _FIRSTS for join in _JOINS
] + [
    Probe("list of measures imposed", f"The Arctic Council on Friday imposed {measures} on Tarik Oyelaran.",
          ("Arctic Council", "SANCTIONS", "Tarik Oyelaran"), forbidden=(("Arctic Council", "COERCES", "Tarik Oyelaran"),))
    for measures in _LISTS
]
