"""A definite state organ names the state whose organ of that name was mentioned last: "The RSF has been at war
with Sudan's army ... The army, led by General X, welcomed the sanctions" -> Sudan, even in a story filed from
Washington about American measures (where the story's own state would otherwise be taken)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_REACH = 4  # sentences back
# the organs specific enough to point back; "the government" and "the authorities" are the story's own as often
_ORGANS = frozenset("army military navy junta police".split())
# "Sudan's army", "Sudan's regular army", "Sudanese army" (after the demonym's mention): the organ owned, by noun
_OWNED = {noun: re.compile(r"(?:['’]s?)?\s+(?:[a-z\-]+\s+)?" + noun + r"\b") for noun in _ORGANS}


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
    owned = _OWNED[noun]
    earlier = [(sent, [c for c in here if c.end <= m.start])] + [(s, ms) for s, ms in reversed(history[-_REACH:])]
    for s, ms in earlier:
        for c in reversed(ms):
            if c.kind != "Country" or not c.entity:
                continue
            if c.surface.lower().endswith(noun) or owned.match(s.text, c.end - s.start):
                return c.entity
    return None
