"""Round 31: a rally, march or protest held in support of the state's own law, ban or government backs the state;
one in support or solidarity of anyone else is no protest against the state either (strike_calls.py)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORIES = (("DUBLIN", "Ireland", "the Dail passed a law banning the import of settlement goods"),
            ("LIMA", "Peru", "Congress approved a ban on open-pit mining in the highlands"),
            ("ACCRA", "Ghana", "the government ordered a ban on illegal gold mining"))
_GROUPS = ("the Coastal Farmers Association", "the National Students Union")
_BACKING = ("{g} organised a rally in support of the law on Saturday.", "{g} led a march in support of the ban.",
            "{g} staged protests in defence of the government's decision.")
_ELSE = ("{g} organised a rally in solidarity with the detained activists.",
         "{g} staged protests in support of the striking miners.")


def _name(g: str) -> str:
    return g[4:] if g.startswith("the ") else g


def _opening(city: str, told: str) -> str:
    return f"{city}, Nov 26 (Wire) - {told[:1].upper() + told[1:]} on Wednesday. "


_BACKED = [
    Probe("rally in support of the state's act", _opening(city, told) + w.format(g=g[:1].upper() + g[1:]),
          (_name(g), "SUPPORTS", state), forbidden=((_name(g), "PROTESTS", state),))
    for city, state, told in _STORIES for g in _GROUPS for w in _BACKING
]
_NOT_AGAINST = [
    Probe("rally in support of others is no protest", _opening(city, told) + w.format(g=g[:1].upper() + g[1:]),
          ("", "", ""), forbidden=((_name(g), "PROTESTS", state), (_name(g), "SUPPORTS", state)))
    for city, state, told in _STORIES for g in _GROUPS for w in _ELSE
]

PROBES = _BACKED + _NOT_AGAINST
