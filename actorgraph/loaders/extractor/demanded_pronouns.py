"""The subject pronoun of a demanded act is someone other than the demander: "Mwangi said Obote's remarks were false
and demanded that he retract them" (Obote, not Mwangi), "X demanded that she apologise" (round 29: read as the
demander, the demand then fell to the demander's own state). The person is the one named last before the pronoun,
in its sentence then the two before, who is not the demand's subject and whose gender does not contradict it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.pronoun_genders import pronoun_gender
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_DEMANDED_THAT = re.compile(r"\b(?:demand|insist|request|urg|ask)(?:s|ed|ing|e)?\s+that\s+$", re.I)
_REACH = 2


def demanded_subject(sent: Sentence, m: Mention) -> bool:
    """Whether the pronoun ``m`` ("he", "she") opens a clause a demand verb governs ("demanded that he ...")."""
    return m.surface.lower() in ("he", "she") and demanded_that_before(sent.text, m.start - sent.start)


def demanded_that_before(text: str, at: int) -> bool:
    """Whether a demand verb and "that" end right before ``at`` in ``text`` (the demand's object may be a "he")."""
    return "that" in text[max(0, at - 6) : at] and _DEMANDED_THAT.search(text, max(0, at - 40), at) is not None


def demanded_person(table: EntityTable, sent: Sentence, m: Mention, here: list[Mention],
                    history: list[tuple[Sentence, list[Mention]]]) -> str | None:
    """The person a demanded act's pronoun stands for (see the module), or None when no one else fits."""
    verb = _DEMANDED_THAT.search(sent.text, max(0, m.start - sent.start - 40), m.start - sent.start)
    verb_at = sent.start + (verb.start() if verb else m.start - sent.start)
    before_verb = [x for x in here if x.entity and x.end <= verb_at]
    first = next((x for x in before_verb if x.kind == "Person"), None)
    # the sentence's first person demands, unless another actor named after them is the verb's subject ("Obote
    # said Kenya demanded that he ...": Obote may be meant)
    demanders = {first.entity} if first is not None and not any(
        x.start > first.start and not x.possessive and x.entity != first.entity for x in before_verb) else set()
    gender = pronoun_gender(m)
    before = [x for x in here if x.end <= m.start]
    previous = [x for _, ms in history[-_REACH:] for x in ms]
    for x in [*reversed(before), *reversed(previous)]:
        ent = table.entities.get(x.entity or "")
        if ent is not None and ent.kind == "Person" and ent.key not in demanders and ent.gender in (None, gender) \
                and x.via != "pronoun":
            return ent.key
    return None
