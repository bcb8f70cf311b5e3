"""What a relation type makes of the arguments the trigger found: a summons is of the envoy's state, a welcome at a
place is a visit, a visit named as a thing is its visitor's, help received is given by the one it came from. Split from
verb_objects.py, which finds the arguments."""

from __future__ import annotations

import dataclasses
import re

from actorgraph.loaders.extractor.events_chain import summoned_envoy, summoned_state, venue_dropped
from actorgraph.loaders.extractor.hosted_visits import visit_parties, welcomed_visitors
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.mentions import Mention

# "Chile received military aid from Peru", "has secured $5 million in assistance from X": a receiving verb before the
#   help; the giver follows "from"
_RECEIVED_BEFORE = re.compile(r"\b(?:receiv\w*|got|gets|getting|obtain\w*|accept\w*|secur\w*|won)\b"
                              r"(?:\s+[\w$€£.,\-]+){0,6}?\s*$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def received_from(text: str, base: int, s: int, e: int, agents: list[Mention],
                  targets: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Agents and targets of help (AIDS, SUPPORTS) the subject received (the trigger ``s:e`` is the help or the
    receiving itself): swapped, so the giver gives."""
    if not agents or not targets or not _RECEIVED_BEFORE.search(text, max(agents[-1].end - base, s - 80), e):
        return agents, targets
    if not _FROM_BEFORE.search(text, max(0, targets[0].start - base - 12), targets[0].start - base):
        return agents, targets
    return targets, agents


_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?$")  # "support in the fight against X"


def typed_arguments(ms: list[Mention], right: list[int], text: str, low: str, base: int, s: int, e: int, trig: Trigger,
                    agents: list[Mention], targets: list[Mention]) -> tuple[Trigger, list[Mention], list[Mention]]:
    """What a relation type makes of the arguments found: a summons is of the envoy's state, a welcome at a place is
    a visit, a visit named as a thing is its visitor's, help received is given by the one it came from."""
    if trig.type == "PROTESTS":
        targets = summoned_state(ms, text, base, venue_dropped(text, base, e, targets))
    elif trig.type == "MEETS_WITH" and low[s:e].startswith("summon"):
        targets = summoned_envoy(ms, right, base, e)
    elif trig.type == "MEETS_WITH" and (parties := visit_parties(ms, right, text, base, s, e, agents)) is not None:
        agents, targets = parties  # "protested the visit of X to Y": X visited Y
    elif trig.type == "SUPPORTS" and targets and _AGAINST_BEFORE.search(text[e : targets[0].start - base]):
        targets = []  # "welcomed the verdict against X": support for whoever brought it, not for X
    elif trig.type == "SUPPORTS" and low.startswith("welcom", s) and welcomed_visitors(ms, targets, text, base, e):
        trig = dataclasses.replace(trig, type="MEETS_WITH")  # "welcomed X to Santiago": a visit
    if trig.type in ("AIDS", "SUPPORTS"):
        agents, targets = received_from(text, base, s, e, agents, targets)  # "received aid from X": X aids
    return trig, agents, targets
