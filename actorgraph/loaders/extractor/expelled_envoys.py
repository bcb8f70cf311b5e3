"""An expulsion of a state's envoys as a group: "Canada expelled six Indian diplomats", "ordered 12 Algerian consular
officials to leave", "declared three Chilean diplomats persona non grata" -> the expelling side COERCES the state
that sent them, as it does when one unnamed envoy is expelled ("expelled the Chilean ambassador"); the group stays
a target too. Only an expulsion: an arrest of diplomats is of the people held."""

from __future__ import annotations

import dataclasses
import re

from actorgraph.loaders.extractor.relations import RawRelation

# the trigger of an expulsion (the verbs of the expulsion triggers in triggers.yaml)
_EXPULSION = re.compile(r"(?:expel|order|gave|give|told|instruct|declar|nam)", re.I)
# the group's head: envoys of a state
_ENVOYS = re.compile(r"\b(?:diplomats|envoys|ambassadors|consuls|attach[eé]s|(?:consular|embassy|diplomatic|"
                     r"consulate)\s+(?:officials|staff|staffers|employees|personnel|officers|workers))$", re.I)


def expelled_envoys(found: list[RawRelation]) -> list[RawRelation]:
    """For each group of a state's envoys expelled in ``found``, the same relation on the state (read from the
    group's own HOLDS_POSITION in the sentence)."""
    if not any(r.type == "COERCES" for r in found):
        return []
    states = {r.source: r.target for r in found if r.type == "HOLDS_POSITION" and r.source
              and r.source.startswith("Group:") and r.target and r.target.startswith("Country:")}
    if not states:
        return []
    have = {(r.source, r.type, r.target) for r in found}
    out: list[RawRelation] = []
    for r in found:
        state = states.get(r.target or "")
        if r.type != "COERCES" or state is None or r.source is None or r.source == state \
                or (r.source, "COERCES", state) in have or not _EXPULSION.match(r.trigger_text) \
                or not _ENVOYS.search(r.target or ""):
            continue
        have.add((r.source, "COERCES", state))
        out.append(dataclasses.replace(r, target=state, props=dict(r.props)))
    return out
