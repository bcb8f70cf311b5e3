"""The protest an envoy is summoned to receive: "X summoned Canada's charge d'affaires, Y, to lodge a formal
protest" is one protest by X against Canada (the summons, events_chain.py); the infinitive's "lodge a protest",
whose agent the clause does not name, is not a second protest by the envoy who stands right before it."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.relations import RawRelation

# the act of a protest note told as the purpose of a summons
_PURPOSE = re.compile(r"\bto\s+$")
_NOTE_VERB = re.compile(r"(?:lodg|deliver|hand|issu|send|sent|fil|submit)")


# the purposes a summoner pursues in its own name: "summoned Iraq's ambassador to protest a ruling by X" (round 31)
_STANCE_PURPOSE = re.compile(r"(?:protest|complain|condemn|denounc|demand)")
_PURPOSE_TYPES = frozenset({"PROTESTS", "ACCUSES", "DEMANDS"})


def without_summons_purposes(found: list[RawRelation]) -> list[RawRelation]:
    """``found`` without the protests told as the purpose of a summons in the same sentence, and with the
    summoner, not the summoned envoy's state, as the agent of the other stances told as its purpose."""
    summons = [r for r in found if r.type == "PROTESTS" and r.trigger_text.lower().startswith("summon")]
    if not summons:
        return found
    out = []
    for r in found:
        if r.type not in _PURPOSE_TYPES or _PURPOSE.search(r.sentence.text, max(0, r.trigger_start - 4),
                                                             r.trigger_start) is None:
            out.append(r)
            continue
        summoned = next((x for x in reversed(summons) if x.trigger_start < r.trigger_start), None)
        if summoned is None:
            out.append(r)
        elif r.type == "PROTESTS" and _NOTE_VERB.match(r.trigger_text.lower()) is not None:
            continue  # "to lodge a protest": the summons is the protest
        elif _STANCE_PURPOSE.match(r.trigger_text.lower()) and summoned.source and r.source == summoned.target:
            if r.target not in (summoned.source, summoned.target):  # ("to protest against the envoy's state": the summons)
                r.source = summoned.source  # "to protest a ruling by X": the summoner protests X, not the envoy's state
                out.append(r)
        else:
            out.append(r)
    return out
