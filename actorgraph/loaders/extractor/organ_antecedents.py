"""A definite state organ names the state whose organ of that name was mentioned last: "The RSF has been at war
with Sudan's army ... The army, led by General X, welcomed the sanctions" -> Sudan, even in a story filed from
Washington about American measures (where the story's own state would otherwise be taken). The army, the military
and the junta are one organ ("Myanmar's military government ... the army would halt air strikes"), and a bare
"the military" carries the chain on: each link within a few sentences of the next, so the twelfth sentence's
"urged the military to let aid in" is still Myanmar's in a story filed from Kunming (round 27)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_REACH = 4  # sentences back
_LINK_REACH = 8  # sentences between two bare "the army" of one chain (the latest may be the one resolved)
# the organs specific enough to point back; "the government" and "the authorities" are the story's own as often
_ORGANS = frozenset("army military navy junta police".split())
# "Sudan's army", "Sudan's regular army", "Sudanese army" (after the demonym's mention): the organ owned, by noun
_OWNED = {noun: re.compile(r"(?:['’]s?)?\s+(?:[a-z\-]+\s+)?" + noun + r"\b") for noun in _ORGANS}
_ARMED = frozenset(("army", "military", "junta"))
_OWNED_ARMED = re.compile(r"(?:['’]s?)?\s+(?:[a-z\-]+\s+)?(?:army|military|junta)\b")


def organ_noun(m: Mention) -> str | None:
    words = m.surface.lower().split()
    return words[-1] if len(words) == 2 and words[0] == "the" and words[-1] in _ORGANS else None


def organ_antecedent(m: Mention, sent: Sentence, here: list[Mention],
                     history: list[tuple[Sentence, list[Mention]]]) -> str | None:
    """The state of the latest "Sudan's army", "the Sudanese army", "Sudan's regular army" before ``m`` (in its
    sentence or the last few), for "the army"; ``None`` when none was named so."""
    noun = organ_noun(m)
    if noun is None:
        return None
    armed = noun in _ARMED
    owned = _OWNED_ARMED if armed else _OWNED[noun]
    earlier = [(sent, [c for c in here if c.end <= m.start])] + [(s, ms) for s, ms in reversed(history)]
    link = 0  # the sentence (counted back) of the chain's latest link
    for back, (s, ms) in enumerate(earlier):
        if back - link > (_LINK_REACH if armed else _REACH):
            return None
        near = back - link <= _REACH  # an owner is sought only near the chain's latest link
        for c in reversed(ms):
            if armed and c.entity and c.entity.startswith("Country:") and organ_noun(c) in _ARMED:
                link = back  # "the army" told before: the chain goes on from there
                continue
            if not near or c.kind != "Country" or not c.entity:
                continue
            words = c.surface.lower().split()
            if owned.match(s.text, c.end - s.start) or len(words) > 1 and words[0] != "the" and (
                    words[-1] in _ARMED if armed else words[-1] == noun):
                return c.entity
    return None
