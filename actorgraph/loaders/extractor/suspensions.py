"""Measures whose type depends on what they hit.

Which suspensions are sanctions: a bloc suspending a member state is one ("the bloc suspended Niger");
a body suspending a person is internal discipline ("the company suspended its manager", "the president
would not suspend the minister"), and "the suspended parliament" only describes the parliament.
Which bans are designations: banning or outlawing an organisation proscribes it ("banned the student federation
under the anti-terrorism law", "the party was outlawed"); a ban on people stays a coercive act."""

from __future__ import annotations

import re

from actorgraph.graph.model import Relation


def _adjectival(r: Relation, trigger: str) -> bool:
    sentence = (r.evidence.sentence if r.evidence else None) or ""
    return bool(re.search(r"\b(?:the|a|an|its|their|now)\s+" + re.escape(trigger) + r"\s+[A-Z]", sentence))


def without_suspensions_of_people(relations: list[Relation], kinds: dict[str, str]) -> list[Relation]:
    def disciplinary(r: Relation) -> bool:
        trigger = str(r.properties.get("trigger", ""))
        if r.type != "SANCTIONS" or not trigger.lower().startswith("suspend"):
            return False
        return kinds.get(r.target) == "Person" or _adjectival(r, trigger)

    return [r for r in relations if not disciplinary(r)]


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
