"""Partnerless denials and talks answered by the story's counterpart (round 28, story_counterparts.py): a denial
or an offer of talks told before the acts that name the other side; no partner from friendly dealings alone, nor
of another kind (a person's talks with a state), nor the party a denied claim is about."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Togo", "Ghana"), ("Chile", "Bolivia"), ("Ecuador", "Peru"))
_DENIALS = ("{b} on Tuesday denied the accusation, calling it baseless.", "{b} rejected the accusation on Wednesday.",
            "{b}'s foreign ministry denied the charge.", "{b} has denied any wrongdoing.")
_HOSTILE_LATER = ("{a} had protested to {b}'s ambassador on Monday and threatened to close the border.",
                  "{a} summoned {b}'s ambassador and demanded an explanation for the incursion.")
_TALKS = ("{b} said on Friday it was willing to resume negotiations.", "{b} said it would open negotiations next month.")
_DEALINGS_LATER = ("{a} had accused {b} of violating the border accord.",
                   "{a} imposed sanctions on {b} last month over the border dispute.")
_PEOPLE = (("Marta Quispe", "she"), ("Tomas Ibarra", "he"))

PROBES = [
    Probe("story counterpart: denial told first", f"{d.format(b=b)} {h.format(a=a, b=b)}", (b, "DENIES", a))
    for a, b in _PAIRS for d in _DENIALS for h in _HOSTILE_LATER
] + [
    Probe("story counterpart: talks offered first", f"{t.format(b=b)} {h.format(a=a, b=b)}", (b, "NEGOTIATES_WITH", a))
    for a, b in _PAIRS for t in _TALKS for h in _DEALINGS_LATER
] + [
    Probe("story counterpart: friendly dealings answer no denial",
          f"{d.format(b=b)} {b} and {a} signed a trade accord in March.", ("", "", ""), forbidden=((b, "DENIES", a),))
    for a, b in _PAIRS for d in _DENIALS
] + [
    Probe("story counterpart: a claim about the other side names no claimant",
          f"{b} rejected the claim that {a} had armed the rebels. {h.format(a=a, b=b)}", ("", "", ""),
          forbidden=((b, "DENIES", a),))
    for a, b in _PAIRS for h in _HOSTILE_LATER
] + [
    Probe("story counterpart: a person's talks are not with a state",
          f"{p} said {pron} would hold talks. {a} accused {p} of lying to parliament.", ("", "", ""),
          forbidden=((p, "NEGOTIATES_WITH", a),))
    for a, _ in _PAIRS for p, pron in _PEOPLE
]
