"""Plural subject anaphora: what a "they" opening a sentence stands for when the previous sentence opened with
two or more actors coordinated as its subject ("Peru and Chile massed troops ... They later attacked Bolivia":
each of them), and when it stands for nobody named (unnamed officials quoted last); what an object "them" stands for
when no group was named: two states or bodies named together ("Chile met Peru and Bolivia. Ecuador will sanction
them": each of the two).

``referents.resolve_one`` asks these for a sentence-initial "they" before it tries a group or a body under arms;
``referents.object_pronoun`` for a "them"."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence, previous_body

# what may stand before a sentence's coordinated subject: "The", "Two neighbours, ", "Two militias, the"
_SUBJECT_LEAD = re.compile(r"(?:(?:two|three|both|the)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+)?(?:the\s+)?", re.I)


def previous_plural_subject(history: list[tuple[Sentence, list[Mention]]]) -> list[str]:
    """The actors coordinated as the subject the previous sentence opens with ("Peru and Chile massed troops",
    "Two militias, the X Front and the Y Front, seized"): what a "they" opening the next one stands for."""
    prev = previous_body(history)
    if prev is None:
        return []
    past, ms = prev[0], [x for x in prev[1] if x.entity]
    if not ms or not _SUBJECT_LEAD.fullmatch(past.text[: ms[0].start - past.start]):
        return []
    group = coordinated(ms, 0, past.text, past.start, 1)
    keys = list(dict.fromkeys(x.entity for x in group if x.entity))
    return keys if len(keys) >= 2 and not group[-1].possessive else []


def named_together(sent: Sentence, ms: list[Mention], kinds: tuple[str, ...]) -> list[str]:
    """The last two or more actors of ``kinds`` the sentence names together ("met Peru and Bolivia", "two tankers,
    the X and the Y,"): what a "them" after them stands for, when no group was named."""
    for k in range(len(ms) - 1, 0, -1):
        if ms[k].entity and ms[k].kind in kinds:
            group = [x for x in coordinated(ms, k, sent.text, sent.start, -1) if x.entity and x.kind in kinds]
            keys = list(dict.fromkeys(x.entity for x in reversed(group) if x.entity))
            if len(keys) >= 2 and not ms[k].possessive:
                return keys
    return []


def pair_before(sent: Sentence, before: list[Mention], subjects: set[str | None],
                history: list[tuple[Sentence, list[Mention]]]) -> list[str]:
    """Two or more states, bodies or vessels named together before a "them": in its sentence (not its clause's
    subjects), or in the sentence before when its own names no one but its subject."""
    kinds = ("Country", "Organization", "Vessel")
    pair = named_together(sent, [x for x in before if x.entity not in subjects], kinds)
    past = previous_body(history)
    return pair or (named_together(past[0], past[1], kinds) if past is not None and not before[1:] else [])


def opens(history: list[tuple[Sentence, list[Mention]]], m: Mention | None) -> bool:
    """Whether ``m`` is the first actor named in the previous sentence (its subject, not "X accused Chile")."""
    prev = previous_body(history)
    return m is not None and prev is not None and next((x for x in prev[1] if x.entity), None) is m


# "..., officials said.": a report by unnamed people, whom a "they" opening the next sentence goes on quoting
_UNNAMED_SPEAKERS = re.compile(r",\s+(?:[a-z\-]+\s+){0,3}(?:officials|sources|diplomats|witnesses|residents|analysts|"
                               r"experts|observers|activists|people|police|authorities)\s+(?:said|say|told\s+[\w\-]+|added)"
                               r"(?:\s+on\s+\w+)?\s*\.?[\"”]?$")


def told_by_unnamed(history: list[tuple[Sentence, list[Mention]]]) -> bool:
    """Whether the previous sentence ends on unnamed speakers ("..., officials said."): a "they said" next is them."""
    prev = previous_body(history)
    return prev is not None and _UNNAMED_SPEAKERS.search(prev[0].text) is not None
