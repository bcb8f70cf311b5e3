"""Conditions, open questions and reciprocal acts: two shapes of real news the annotated sets hardly have.

- "condition: main act": the act a condition or an open question hangs on is hypothetical ("If Peru does not
  withdraw, Chile will impose sanctions on it", "Chile will sanction Peru unless it withdraws", "It is unclear
  whether Chile sanctioned Peru", "Chile is weighing whether to sanction Peru"); the condition's own clause
  gives nothing of its own ("If Peru refuses, ...": no refusal of Chile). A country, a titled person and an
  organisation as subject, across six relation types.
- "condition: act in the condition": an act told inside the condition ("If Peru attacks Ecuador, Chile will
  respond", "... unless Peru meets Ecuador") is hypothetical too.
- "reciprocal act": "A and B traded accusations / exchanged fire / exchanged threats / accused each other of /
  expelled each other's diplomats / met each other", "A clashed with B", "the two sides blamed one another": each
  party's act, so a directed type both ways (a meeting, undirected, once; as the development gold records "Thai and Cambodian soldiers
  exchanged fire" and "soldiers clashed with the NPA"). Two countries, two organisations, two titled people (no
  fighting between people: "X clashed with Y" of two people is a row, not an attack).
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised
from benchmarks.probes_status import SUBJECTS, VERBS

_MAIN_VERBS = tuple(v for v in VERBS if not v.person_object and v.type != "SUPPORTS")
# (template, status); {s} subject, {p} its pronoun, verb forms by name; the object is Peru ("it" after a condition on Peru)
_MAIN = (
    ("If Peru does not withdraw its troops, {s} will {base} Peru.", "hypothetical"),
    ("If Peru does not withdraw, {s} will {base} it.", "hypothetical"),
    ("Unless Peru withdraws its troops, {s} will {base} it.", "hypothetical"),
    ("If Peru refuses, {s} will {base} it.", "hypothetical"),
    ("{S} will {base} Peru unless it withdraws its troops.", "hypothetical"),
    ("{S} could {base} Peru if talks fail.", "hypothetical"),
    ("{S} would {base} Peru only if the talks collapsed.", "hypothetical"),
    ("It is unclear whether {s} will {base} Peru.", "hypothetical"),
    ("It is unclear whether {s} {past} Peru.", "hypothetical"),
    ("It was not clear whether {s} had {past} Peru.", "hypothetical"),
    ("Analysts asked whether {s} would {base} Peru.", "hypothetical"),
    ("Officials would not say whether {s} had {past} Peru.", "hypothetical"),
    ("{S} is weighing whether to {base} Peru.", "hypothetical"),
    ("{S} has not decided whether to {base} Peru.", "hypothetical"),
)


def _main() -> list[Probe]:
    out: list[Probe] = []
    for s, sn, _pro in SUBJECTS:
        for v in _MAIN_VERBS:
            for template, status in _MAIN:
                text = template.format(s=s, S=capitalised(s), base=v.base, past=v.past)
                out.append(Probe("condition: main act", capitalised(text), (sn, v.type, "Peru"), status=status,
                                 forbidden=(("Peru", "REJECTS", sn), ("Peru", v.type, sn))))
    return out


# an act inside the condition: (present, past, TYPE)
_CONDITION_ACTS = (("attacks", "attacked", "ATTACKS"), ("meets", "met", "MEETS_WITH"),
                   ("sanctions", "sanctioned", "SANCTIONS"), ("threatens", "threatened", "THREATENS"),
                   ("signs a deal with", "signed a deal with", "AGREES_WITH"))
_CONDITION_FRAMES = ("If Peru {present} Ecuador, Chile will respond.", "If Peru {present} Ecuador again, Chile will respond.",
                     "Chile will respond if Peru {present} Ecuador.", "Chile warned that if Peru {present} Ecuador, it would respond.",
                     "Unless Peru {present} Ecuador, Chile will stay neutral.", "Chile said it would respond if Peru {past} Ecuador.",
                     "It is unclear whether Peru {past} Ecuador.", "Even if Peru {present} Ecuador, Chile will stay neutral.")


def _in_condition() -> list[Probe]:
    return [Probe("condition: act in the condition", frame.format(present=present, past=past), ("Peru", typ, "Ecuador"),
                  status="hypothetical")
            for frame in _CONDITION_FRAMES for present, past, typ in _CONDITION_ACTS]


# (first party as written, second, their names, whether they can fight, whether they are states)
_PAIRS = (("Chile", "Peru", "Chile", "Peru", True, True),
          ("the Southern Liberation Front", "the Northern Liberation Front", "Southern Liberation Front",
           "Northern Liberation Front", True, False),
          ("Interior Minister Luis Rojas", "opposition leader Tomas Reyes", "Luis Rojas", "Tomas Reyes", False, False))
# (verb phrase after "A and B", past and perfect, TYPE, needs: "fight" / "state" / "")
_RECIPROCAL = (
    ("traded accusations", "have traded accusations", "ACCUSES", ""),
    ("exchanged accusations", "have exchanged accusations", "ACCUSES", ""),
    ("traded blame", "have traded blame", "ACCUSES", ""),
    ("accused each other of violating the truce", "have accused each other of violating the truce", "ACCUSES", ""),
    ("blamed one another for the collapse of the talks", "have blamed one another for the collapse of the talks",
     "ACCUSES", ""),
    ("exchanged threats", "have exchanged threats", "THREATENS", ""),
    ("traded threats", "have traded threats", "THREATENS", ""),
    ("threatened each other", "have threatened each other", "THREATENS", ""),
    ("exchanged fire", "have exchanged fire", "ATTACKS", "fight"),
    ("traded fire", "have traded fire", "ATTACKS", "fight"),
    ("exchanged artillery fire", "have exchanged artillery fire", "ATTACKS", "fight"),
    ("attacked each other", "have attacked each other", "ATTACKS", "fight"),
    ("expelled each other's diplomats", "have expelled each other's diplomats", "COERCES", "state"),
    ("expelled each other's ambassadors", "have expelled each other's ambassadors", "COERCES", "state"),
    ("sanctioned each other", "have sanctioned each other", "SANCTIONS", "state"),
    ("met each other", "have met each other", "MEETS_WITH", ""),
)
# "A <verb> with B": (past, TYPE, needs)
_WITH = (("traded accusations with", "ACCUSES", ""), ("exchanged threats with", "THREATENS", ""),
         ("exchanged fire with", "ATTACKS", "fight"), ("traded fire with", "ATTACKS", "fight"),
         ("clashed with", "ATTACKS", "fight"))
# the two parties named in a sentence before: (second sentence's verb phrase, TYPE, needs)
_SIDES = ("The two sides", "Both sides")
_LATER = (("later blamed one another for the failure", "ACCUSES", ""), ("later traded accusations", "ACCUSES", ""),
          ("accused each other of bad faith", "ACCUSES", ""), ("exchanged fire the next day", "ATTACKS", "fight"))


def _fits(needs: str, fight: bool, state: bool) -> bool:
    return not needs or (needs == "fight" and fight) or (needs == "state" and state)


def _reciprocal() -> list[Probe]:
    out: list[Probe] = []
    for a, b, an, bn, fight, state in _PAIRS:
        for past, perfect, typ, needs in _RECIPROCAL:
            if _fits(needs, fight, state):
                out += [Probe("reciprocal act", capitalised(f"{a} and {b} {verb} on Monday."), (an, typ, bn),
                              both_ways=typ != "MEETS_WITH") for verb in (past, perfect)]
        for verb, typ, needs in _WITH:
            if _fits(needs, fight, state):
                out.append(Probe("reciprocal act", capitalised(f"{a} {verb} {b} on Monday."), (an, typ, bn), both_ways=True))
        for sides in _SIDES:
            for verb, typ, needs in _LATER:
                if _fits(needs, fight, state):
                    out.append(Probe("reciprocal act", capitalised(f"{a} and {b} held talks on Sunday. {sides} {verb}."),
                                     (an, typ, bn), both_ways=True))
    return out


PROBES = _main() + _in_condition() + _reciprocal()
