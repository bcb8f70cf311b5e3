"""Measures whose type depends on what they hit.

Which suspensions are sanctions: a bloc suspending a member state is one ("the bloc suspended Niger"), and so are
visas suspended for anyone ("suspending visas for X");
suspending a person or a body that is no state is a coercive act against it ("the junta suspended the
broadcaster", "the state miner suspended its regional manager"), unless only considered or refused ("the
president would not suspend the minister"); "the suspended parliament" only describes the parliament.
Which bans are designations: banning or outlawing an organisation proscribes it ("banned the student federation
under the anti-terrorism law", "the party was outlawed"); a ban on people stays a coercive act."""

from __future__ import annotations

import re

from actorgraph.graph.model import Relation
from actorgraph.graph.registry import RelationStatus


def _adjectival(r: Relation, trigger: str) -> bool:
    sentence = (r.evidence.sentence if r.evidence else None) or ""
    return bool(re.search(r"\b(?:the|a|an|its|their|now)\s+" + re.escape(trigger) + r"\s+[A-Z]", sentence))


_DONE = frozenset({RelationStatus.ASSERTED, RelationStatus.REPORTED, RelationStatus.ALLEGED})


def without_suspensions_of_people(relations: list[Relation], kinds: dict[str, str]) -> list[Relation]:
    """Suspensions re-read by what they hit: a state stays sanctioned; a person or an organisation suspended
    is coerced (dropped when the suspension did not happen); an adjective ("the suspended X") is no act."""
    out: list[Relation] = []
    for r in relations:
        trigger = str(r.properties.get("trigger", ""))
        if r.type == "SANCTIONS" and trigger.lower().startswith("suspend") and "visa" not in trigger.lower():
            # (visas suspended for someone are a travel ban on them, whoever they are)
            if _adjectival(r, trigger):
                continue
            if kinds.get(r.target) in ("Person", "Organization", "Group"):
                if r.status not in _DONE:
                    continue
                r = r.model_copy(update={"type": "COERCES"})
        out.append(r)
    return out


def bans_of_bodies_as_designations(relations: list[Relation], kinds: dict[str, str]) -> list[Relation]:
    """A coercive ban or outlawing whose target is an organisation becomes a designation of it."""
    out: list[Relation] = []
    told = {(r.source, r.target, r.evidence.start if r.evidence else None) for r in relations if r.type == "DESIGNATES"}
    for r in relations:
        trigger = str(r.properties.get("trigger", "")).lower()
        if r.type == "COERCES" and kinds.get(r.target) == "Organization" and trigger.startswith(("ban", "outlaw")):
            if (r.source, r.target, r.evidence.start if r.evidence else None) in told:
                continue  # the sentence already designates it
            r = r.model_copy(update={"type": "DESIGNATES"})
        out.append(r)
    return out
