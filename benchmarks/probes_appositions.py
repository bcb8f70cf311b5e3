"""Relations stated in an apposition after a name, in wire-copy shapes: "X, an armed group allied with Y, said ...",
"Turkey bombed X, a close ally of Y, on Monday", "a plant run by X, a militia formerly aligned with Y". The
apposition describes the name right before its comma (the subject, an object or a by-phrase's agent), never the
sentence's subject when the name is elsewhere; a past tie ("formerly aligned", "once allied") is no standing tie.

Conventions (dev gold: "China, a close ally of Phnom Penh" -> China SUPPORTS Cambodia; "X is allied with Y"
-> SUPPORTS): "allied with/to", "aligned with" and "a (close) ally of" give the apposed name SUPPORTS Y. Other
wordings ("loyal to", "close to", "linked to", "affiliated with", "opposed to") are probed only for the wrong
triples, as the gold has no settled type for them in an apposition.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_X, _Y, _S = "Ghadab Brigade", "National Unity Government", "Turkey"
_DESCRIPTIONS = (
    "an armed group allied with the {y}", "a militia allied with the {y}", "a militia closely aligned with the {y}",
    "an armed faction aligned with the {y}", "a close ally of the {y}", "a longtime ally of the {y}",
    "an ally of the {y}",
)
_OTHER = (
    "a militia loyal to the {y}", "a militia close to the {y}", "a militia linked to the {y}",
    "a militia affiliated with the {y}", "a militia opposed to the {y}", "a militia backed by the {y}",
    "a militia funded by the {y}",
)
_PAST = ("a militia formerly aligned with the {y}", "a militia once allied with the {y}",
         "a former ally of the {y}", "a militia previously allied with the {y}")
# (sentence template, whether the apposed name is the subject; "..., and the Sahel Front": the outer list goes on)
_SLOTS = (
    ("The {x}, {d}, said it had captured the town on Monday.", True),
    ("The {x}, {d}, attacked the town on Monday.", True),
    ("{s} bombed the {x}, {d}, on Monday.", False),
    ("{s} accused the {x}, {d}, of shelling the town.", False),
    ("The town was shelled by the {x}, {d}, on Monday.", False),
    ("Weapons were produced at a plant run by the {x}, {d}.", False),
    ("{s} said the weapons were produced at a plant run by the {x}, {d}.", False),
    ("{s} bombed the {x}, {d}, and the Sahel Front on Monday.", False),
    ("According to the {x}, {d}, the town fell on Monday.", False),
    ("The town fell on Monday, according to the {x}, {d}.", False),
)


def _text(slot: str, d: str) -> str:
    return slot.format(x=_X, s=_S, d=d.format(y=_Y))


_WRONG_FOR_SUBJECT = tuple((_S, t, _Y) for t in ("SUPPORTS", "COOPERATES_WITH", "ASSOCIATED_WITH", "AIDS",
                                                  "MEMBER_OF", "OPPOSES"))

PROBES = [
    Probe("apposition: ally of / allied with", _text(slot, d), (_X, "SUPPORTS", _Y),
          forbidden=((_X, "COOPERATES_WITH", _Y), *_WRONG_FOR_SUBJECT))
    for slot, _ in _SLOTS for d in _DESCRIPTIONS
] + [
    Probe("apposition: other ties (only wrong triples)", _text(slot, d), ("", "", ""), forbidden=_WRONG_FOR_SUBJECT)
    for slot, _ in _SLOTS for d in _OTHER
] + [
    Probe("apposition: past ties", _text(slot, d), ("", "", ""),
          forbidden=((_X, "SUPPORTS", _Y), (_X, "COOPERATES_WITH", _Y), *_WRONG_FOR_SUBJECT))
    for slot, _ in _SLOTS for d in _PAST
] + [
    Probe("apposition: plural after a pair", f"{_S} {verb} the {_X} and the Sahel Front, {d} of the {_Y}, on Monday.",
          ("Sahel Front", "SUPPORTS", _Y), forbidden=_WRONG_FOR_SUBJECT)
    for verb in ("bombed", "sanctioned", "condemned") for d in ("allies", "close allies", "longtime backers")
]
_OUTER = ((_X, "SUPPORTS", "Sahel Front"), (_S, "SUPPORTS", "Sahel Front"))
PROBES = [p if "Sahel Front on" not in p.text else Probe(p.family, p.text, p.expected, p.forbidden + _OUTER)
          for p in PROBES]

# the other triggers that open an apposition: ", a member of Y" (MEMBER_OF), ", a major supplier of arms to Y" (AIDS)
_KINDRED = (("a member of the {y}", "MEMBER_OF"), ("a founding member of the {y}", "MEMBER_OF"),
            ("a major supplier of fuel to the {y}", "AIDS"), ("the main supplier of weapons to the {y}", "AIDS"))
PROBES += [
    Probe("apposition: member / supplier", _text(slot, d).replace(_Y, "Sahel Alliance"), (_X, rel, "Sahel Alliance"),
          forbidden=((_S, rel, "Sahel Alliance"),))
    for slot, _ in _SLOTS[:5] for d, rel in _KINDRED
]
