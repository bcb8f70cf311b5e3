"""A participle coordinated with a passive verb shares its voice and arguments: "X was detained by police on Tuesday
and questioned about her sources", "Y was arrested at his farm and later charged", "Z was picked up at her office and
interrogated for six hours". English leaves out the second auxiliary and subject, so the second verb looks active and
subjectless; its patient is the first verb's subject and its agent the first verb's by-phrase (or the same implicit
authority). An authority "accusing" the person it has just detained ("was detained at his home and accused of inciting
the unrest") is bringing a charge: an inquiry (INVESTIGATES), not a speech act."""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import PARTICIPLE

# "... and questioned", "... and later charged", "..., and was then accused"
_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+)?"
                         r"(?:(?:later|then|also|subsequently|eventually|formally|briefly|repeatedly|[a-z]+ly)\s+)?$")
# what may stand between the first verb and the "and": adjuncts, not a new clause (no finite verb after a comma, no
#   relative pronoun, no speech verb, no subordinate clause with its own pronoun subject: "was accused of X since it
#   won the vote and suspended talks": it suspended)
_NEW_CLAUSE = re.compile(r"[;:]|\b(?:who|which|whom|whose|said|says|told|while|but|after|before|when|because|although)\b"
                         r"|\b(?:since|until|as|once|if|unless|where|so that)\s+(?:it|he|she|they|we|i)\b")
_DETENTION = re.compile(r"^(?:arrest|detain|held|picked up|seiz|captur|abduct|jail|imprison|round|taken)")


@dataclass
class PassiveVerb:
    end: int  # where the passive trigger ends, within the sentence
    trigger: str  # its text, lower case
    agents: list[Mention]
    targets: list[Mention]
    implicit: bool


# an actor named as a place, or where from or to ("detained in X", "flown to Y"): no new subject
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to)\s+(?:the\s+)?$")


def passive_conjunct(low: str, s: int, e: int, prev: PassiveVerb | None, ms: list[Mention],
                     base: int) -> PassiveVerb | None:
    """The passive verb whose arguments the participle at ``s:e`` inherits, or None."""
    if prev is None or not prev.targets or not (prev.agents or prev.implicit) or not PARTICIPLE.match(low[s:e]):
        return None
    if s - prev.end > 140 or s <= prev.end:
        return None
    joint = _AND_BEFORE.search(low, prev.end, s)
    if joint is None or joint.end() != s:
        return None
    between = low[prev.end : joint.start()]
    if _NEW_CLAUSE.search(between):
        return None
    if "," in between and low.endswith(", ", 0, prev.end - len(prev.trigger)):
        return None  # "The Front, led by X, met on Monday and accused Y": the comma closed a reduced relative
    others = [m for m in ms if prev.end <= m.start - base < joint.start() and m not in prev.agents]
    if others and not _LOCATIVE_BEFORE.search(low, 0, min(m.start for m in others) - base):
        return None  # another actor between the two verbs may be a new subject (not one named as a place)
    return prev


def charge_by_captor(trigger_type: str, prev: PassiveVerb) -> str:
    """ "was detained ... and accused of inciting the unrest": the detaining authority's charge is an inquiry."""
    if trigger_type == "ACCUSES" and _DETENTION.match(prev.trigger):
        return "INVESTIGATES"
    return trigger_type
