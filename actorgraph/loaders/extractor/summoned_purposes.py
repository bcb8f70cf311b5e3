"""The protest an envoy is summoned to receive: "X summoned Canada's charge d'affaires, Y, to lodge a formal
protest" is one protest by X against Canada (the summons, events_chain.py); the infinitive's "lodge a protest",
whose agent the clause does not name, is not a second protest by the envoy who stands right before it."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.relations import RawRelation

# the act of a protest note told as the purpose of a summons
_PURPOSE = re.compile(r"\bto\s+$")
_NOTE_VERB = re.compile(r"(?:lodg|deliver|hand|issu|send|sent|fil|submit)")


def without_summons_purposes(found: list[RawRelation]) -> list[RawRelation]:
    """``found`` without the protests told as the purpose of a summons in the same sentence."""
    summons = [r.trigger_start for r in found if r.type == "PROTESTS" and r.trigger_text.lower().startswith("summon")]
    if not summons:
        return found
    return [r for r in found if not (
        r.type == "PROTESTS" and _NOTE_VERB.match(r.trigger_text.lower()) is not None
        and any(s < r.trigger_start for s in summons)
        and _PURPOSE.search(r.sentence.text, max(0, r.trigger_start - 4), r.trigger_start) is not None)]
