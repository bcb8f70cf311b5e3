"""A crowd the state's police act on at a protest protests against that state (``policed_crowds.py``): "Police
arrested 40 protesters", "police fired tear gas at hundreds of opposition supporters who had gathered outside the
court"; a crowd gathered outside a named body's building protests that body.

Forbidden: a crowd killed in a strike is no protester ("a drone strike killed three farmers"), nor a crowd only
arrested with no protest told ("police arrested 30 workers at a mine"); a crowd marching on another state's
embassy protests that state, not the police who detain it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SETTINGS = (("LUSAKA", "Zambia", "Zambian"), ("LIMA", "Peru", "Peruvian"), ("DHAKA", "Bangladesh", "Bangladeshi"))
_PROTEST_CROWDS = ("18 protesters", "at least 40 demonstrators", "hundreds of protesters", "dozens of marchers")
_OTHER_CROWDS = ("hundreds of opposition supporters", "dozens of students", "thousands of striking workers")
_ARRESTS = ("arrested", "detained", "rounded up")
_OPENING = "{city}, May 4 (Wire) - {state} raised fuel prices by a third on Monday. "

PROBES = [
    Probe("crowd of protest arrested by the police", _OPENING.format(city=city, state=state)
          + f"Police {verb} {crowd} in the capital on Tuesday.", (crowd, "PROTESTS", state))
    for city, state, _ in _SETTINGS for verb in _ARRESTS for crowd in _PROTEST_CROWDS
]
PROBES += [
    Probe("crowd at a protest dispersed by the police", _OPENING.format(city=city, state=state)
          + f"{dem} police fired tear gas at {crowd} {tail}", (crowd, "PROTESTS", state))
    for city, state, dem in _SETTINGS for crowd in _OTHER_CROWDS + _PROTEST_CROWDS[2:]
    for tail in ("who had gathered outside the parliament on Tuesday.", "marching on the presidency on Tuesday.",
                 "at a rally in the capital on Tuesday.")
]
PROBES += [
    Probe("crowd gathered outside a named body's building", _OPENING.format(city=city, state=state)
          + f"The Electoral Commission barred two candidates. Police {verb} {crowd} who had gathered outside the "
            f"commission's headquarters on Tuesday.", (crowd, "PROTESTS", "Electoral Commission"),
          forbidden=((crowd, "PROTESTS", state),))
    for city, state, _ in _SETTINGS for verb in ("fired tear gas at", "detained") for crowd in _OTHER_CROWDS[:2]
]
PROBES += [
    Probe("crowd killed in a strike is no protester", _OPENING.format(city=city, state=state)
          + f"A {dem} drone strike killed {crowd} near the border, a day after protests in the capital.", ("", "", ""),
          forbidden=((crowd, "PROTESTS", state),))
    for city, state, dem in _SETTINGS for crowd in ("three farmers", "two students", "five workers")
]
PROBES += [
    Probe("crowd arrested with no protest told", _OPENING.format(city=city, state=state)
          + f"Police {verb} {crowd} at a copper mine on Tuesday.", ("", "", ""),
          forbidden=((crowd, "PROTESTS", state),))
    for city, state, _ in _SETTINGS for verb in _ARRESTS for crowd in ("30 workers", "a dozen miners", "six students")
]
PROBES += [
    Probe("crowd marching on another state's embassy", _OPENING.format(city=city, state=state)
          + f"Police detained {crowd} who marched on the Chinese embassy on Tuesday.", ("", "", ""),
          forbidden=((crowd, "PROTESTS", state),))
    for city, state, _ in _SETTINGS for crowd in _PROTEST_CROWDS
]
