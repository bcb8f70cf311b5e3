"""Mood: an event or demand keeps its parties however the sentence frames its reality, and carries the status
docs/extraction.md gives that frame. Three families:

- "status: planned event noun": a planned / proposed / expected / possible / upcoming / forthcoming meeting, talks,
  negotiations, visit or sanctions ("Chile's planned meeting with Peru", "the proposed talks between Chile and
  Peru") is hypothetical; the bare noun is asserted. Two agent shapes that work without the modifier (a
  possessive country, a "between" pair), two frames around the noun phrase (a third, "After ...,", for the bare
  noun only: "after the planned meeting" tells it as held).
- "status: attendance": "X attended talks with Y" is asserted NEGOTIATES_WITH (MEETS_WITH for a meeting), "did
  not / never / refused to attend" negated, "will attend" hypothetical; a country, a titled person and an
  organisation as subject.
- "demand: subjunctive": "X insisted (that) Y withdraw its troops" is a demand (DEMANDS); "insisted (that) Y had
  withdrawn / withdrew / was innocent / remains ..." is a claim and no demand.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

_MODIFIERS = ("planned", "proposed", "expected", "possible", "upcoming", "forthcoming")
# (noun phrase after the agent, TYPE, preposition before the target)
_NOUNS = (("meeting", "MEETS_WITH", "with"), ("talks", "NEGOTIATES_WITH", "with"),
          ("negotiations", "NEGOTIATES_WITH", "with"), ("visit", "MEETS_WITH", "to"),
          ("sanctions", "SANCTIONS", "on"))
_PAIR_NOUNS = (("meeting", "MEETS_WITH"), ("talks", "NEGOTIATES_WITH"))
# "After X's planned meeting with Y, ..." tells the meeting as held (as planned): that frame is for the bare noun only
_FRAMES = ("{np} drew attention on Tuesday.", "Analysts discussed {np} on Tuesday.", "After {np}, markets fell.")


def _planned() -> list[Probe]:
    out: list[Probe] = []
    for frame in _FRAMES:
        for mod in ("", *_MODIFIERS) if not frame.startswith("After") else ("",):
            status = "hypothetical" if mod else "asserted"
            word = f"{mod} " if mod else ""
            for noun, typ, prep in _NOUNS:
                np = f"Chile's {word}{noun} {prep} Peru"
                out.append(Probe("status: planned event noun", capitalised(frame.format(np=np)), ("Chile", typ, "Peru"),
                                 status=status))
            for noun, typ in _PAIR_NOUNS:
                np = f"the {word}{noun} between Chile and Peru"
                out.append(Probe("status: planned event noun", capitalised(frame.format(np=np)), ("Chile", typ, "Peru"),
                                 status=status))
    return out


_SUBJECTS = (("Chile", "Chile"), ("Interior Minister Luis Rojas", "Luis Rojas"),
             ("The Southern Liberation Front", "Southern Liberation Front"))
# (verb phrase, status)
_ATTEND = (("attended", "asserted"), ("did not attend", "negated"), ("has never attended", "negated"),
           ("refused to attend", "negated"), ("will attend", "hypothetical"), ("may attend", "hypothetical"))
_EVENTS = (("talks with", "NEGOTIATES_WITH"), ("the talks with", "NEGOTIATES_WITH"),
           ("negotiations with", "NEGOTIATES_WITH"), ("a meeting with", "MEETS_WITH"))


def _attendance() -> list[Probe]:
    return [Probe("status: attendance", f"{s} {verb} {event} Peru.", (sn, typ, "Peru"), status=status)
            for s, sn in _SUBJECTS for verb, status in _ATTEND for event, typ in _EVENTS]


_DEMANDERS = (("Chile", "Chile"), ("Chilean Foreign Minister Ana Duarte", "Ana Duarte"),
              ("The Southern Liberation Front", "Southern Liberation Front"))
_ADDRESSEES = (("Peru", "Peru"), ("the Northern Liberation Front", "Northern Liberation Front"))
_INSIST = ("insisted", "insisted that", "has insisted", "insists that")
_ACTS = ("withdraw its troops", "release the prisoners", "immediately halt the offensive", "not interfere",
         "pay compensation")
# claims after "insisted": no demand of the one the claim is about
_CLAIMS = ("had withdrawn its troops", "withdrew its troops", "was innocent", "remains a partner",
           "would withdraw its troops", "did nothing wrong", "acted lawfully")


def _insisted() -> list[Probe]:
    out: list[Probe] = []
    for s, sn in _DEMANDERS:
        for o, on in _ADDRESSEES:
            rel = (sn, "DEMANDS", on)
            for verb in _INSIST:
                out += [Probe("demand: subjunctive", f"{s} {verb} {o} {act}.", rel, status="asserted") for act in _ACTS]
                # a claim: the probe's expected relation is an anchor sentence's; the demand is forbidden
                out += [Probe("demand: subjunctive", f"{s} {verb} {o} {claim}. Ecuador met Bolivia on Monday.",
                              ("Ecuador", "MEETS_WITH", "Bolivia"), forbidden=(rel,)) for claim in _CLAIMS]
    return out


PROBES = _planned() + _attendance() + _insisted()
