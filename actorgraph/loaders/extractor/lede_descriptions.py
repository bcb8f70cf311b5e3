"""Anonymous armed actors named in the next sentence.

Wire ledes often describe the actor before naming it: "Separatist gunmen stormed a train ... . The
Balochistan Liberation Army (BLA) claimed responsibility", "Islamist insurgents overran the town ... . The
group, which calls itself Ansar al-Sunna, said ...". A bare plural description of armed men (no article, no
number) is the armed organisation first named in one of the next two sentences, when one is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_HEADS = frozenset("rebels insurgents militants gunmen separatists fighters jihadists guerrillas militiamen "
                   "kidnappers attackers assailants".split())
_MODIFIERS = frozenset("armed separatist islamist jihadist rebel militant suspected unidentified masked "
                       "heavily islamic maoist ethnic tribal".split())
# what may stand before the description: nothing, or a word that opens a clause
_OPENERS = frozenset(", ; : and but when after as while since before that".split())
_ARMED_NAME_WORDS = frozenset("army front forces brigade brigades militia movement rebels liberation jihad "
                              "resistance units battalion group".split())
_SELF_NAMED = re.compile(r"\bcalls?\s+(?:itself|themselves)\b|\b(?:known|referred to) as\b")
_HORIZON = 2


def link_lede_descriptions(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    first_seen: dict[str, int] = {}  # entity -> index of the sentence first naming it
    for idx, ms in enumerate(mentions):
        for m in ms:
            if m.entity and m.kind == "Organization" and m.via not in ("org-anaphor",):
                first_seen.setdefault(m.entity, idx)
    for idx, (sent, ms) in enumerate(zip(sentences, mentions, strict=True)):
        if sent.headline:
            continue
        for i, j in _descriptions(sent, ms):
            org = _named_next(table, sentences, mentions, idx, first_seen)
            if org is None:
                break
            toks = sent.tokens
            surface = sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]
            ms[:] = [m for m in ms if not (m.kind is None and m.i < j and i < m.j)]
            ms.append(Mention(i, j, toks[i].start, toks[j - 1].end, surface, table.entities[org].name,
                              "Organization", "lede-description", entity=org))
            ms.sort(key=lambda m: m.start)
            break  # one anonymous actor per sentence


def _descriptions(sent: Sentence, ms: list[Mention]) -> list[tuple[int, int]]:
    toks = sent.tokens
    lower = [t.lower for t in toks]
    taken = {k for m in ms if m.kind is not None for k in range(m.i, m.j)}
    out = []
    for k, word in enumerate(lower):
        if word not in _HEADS or k in taken:
            continue
        i = k
        while i > 0 and lower[i - 1] in _MODIFIERS and i - 1 not in taken:
            i -= 1
        if i > 0 and lower[i - 1] not in _OPENERS:
            continue  # "the rebels", "33 militants", "Hamas fighters": not a bare description
        out.append((i, k + 1))
    return out


def _named_next(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]], idx: int,
                first_seen: dict[str, int]) -> str | None:
    """The armed organisation first named in the next sentences: their opening subject, or the one a
    description there calls itself."""
    for nxt in range(idx + 1, min(idx + 1 + _HORIZON, len(sentences))):
        sent, ms = sentences[nxt], mentions[nxt]
        for m in ms:
            if m.kind != "Organization" or not m.entity or first_seen.get(m.entity) != nxt:
                continue
            ent = table.entities[m.entity]
            opening = m.start - sent.start < 6
            self_named = bool(_SELF_NAMED.search(sent.text[: m.start - sent.start]))
            if (opening or self_named) and (set(ent.tokens) & _ARMED_NAME_WORDS or self_named):
                return m.entity
    return None
