"""A subject told as "the government of President X" is X's state, not X: "The government of President Ana Ruiz
has denied the charge" -> the state Ruiz leads DENIES the accuser (as "accused the government of President X of
..." already accuses X's state, verb_objects). The key stands for the state until discourse, which knows whom X
leads; a person no state is known for stays the actor."""

from __future__ import annotations

import copy

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import GOVERNMENT_OF_PERSON, GOVERNMENT_PREFIX


def governed_agents(agents: list[Mention], text: str, base: int) -> list[Mention]:
    """``agents`` with a person named right after "the government / administration / regime of (President)" read
    as that person's state."""
    out = []
    for a in agents:
        if a.kind == "Person" and a.entity and not a.possessive \
                and "of" in text[max(0, a.start - base - 40) : a.start - base] \
                and GOVERNMENT_OF_PERSON.search(text, max(0, a.start - base - 60), a.start - base):
            gov = copy.copy(a)
            gov.entity = f"{GOVERNMENT_PREFIX}{a.entity}"
            out.append(gov)
        else:
            out.append(a)
    return out
