"""Anonymous armed actors named in the next sentence.

Wire ledes often describe the actor before naming it: "Separatist gunmen stormed a train ... . The
Balochistan Liberation Army (BLA) claimed responsibility", "Islamist insurgents overran the town ... . The
group, which calls itself Ansar al-Sunna, said ...". A bare plural description of armed men (no article, no
number) is the armed organisation first named in one of the next two sentences, when one is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention, span_mention
from actorgraph.loaders.extractor.text import Sentence, has_word

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_HEADS = frozenset("rebels insurgents militants gunmen separatists fighters jihadists guerrillas militiamen "
                   "kidnappers attackers assailants".split())
_ANY_HEAD = re.compile(r"\b(?:" + "|".join(sorted(_HEADS)) + r")\b", re.I)
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
        if sent.headline or not has_word(sent, _HEADS) or not _ANY_HEAD.search(sent.text):
            continue
        for i, j in _descriptions(sent, ms):
            org = _named_next(table, sentences, mentions, idx, first_seen)
            if org is None:
                break
            ms[:] = [m for m in ms if not (m.kind is None and m.i < j and i < m.j)]
            ms.append(span_mention(sent, i, j, table.entities[org].name, "Organization", "lede-description",
                                   entity=org))
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


_ROLE_NOUNS = frozenset("pilot scientist journalist businessman businesswoman activist lawyer blogger engineer "
                        "researcher student priest tourist doctor teacher reporter photographer farmer trader "
                        "contractor academic dissident aid-worker worker nurse sailor fisherman".split())
# "the captain of a bulk carrier ... Its captain, a Georgian national, X": a post in something not named,
# whose holder a later sentence names after the same noun
_POST_NOUNS = frozenset("captain skipper driver owner director founder editor manager chairman organiser organizer "
                        "commander".split())
_ANY_ROLE = re.compile(r"\ban?\s+(?:[\w\-]+\s+){0,3}(?:" + "|".join(sorted(_ROLE_NOUNS)) + r")\b|"
                       r"\bthe\s+(?:" + "|".join(sorted(_POST_NOUNS)) + r")\s+of\s+(?:an?|one)\b", re.I)
# a word _ANY_ROLE cannot match without ("aid" of "aid-worker")
_ROLE_WORDS = frozenset(w.split("-")[0] for w in _ROLE_NOUNS | _POST_NOUNS)
_POST_HORIZON = 4
_PREDICATIVE = frozenset("is was are were be been as became becomes remains remained like".split())


def link_indefinite_people(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "police charged a Russian scientist ... . Prosecutors say the scientist, Anatoly Gretsky, ...": an
    indefinite person description (not an apposition) is the untitled person first named in the next two
    sentences, the one introduced as "the <role>, Name" when there is one."""
    first_seen: dict[str, int] = {}
    for idx, ms in enumerate(mentions):
        for m in ms:
            if m.entity and m.kind == "Person":
                first_seen.setdefault(m.entity, idx)
    for idx, (sent, ms) in enumerate(zip(sentences, mentions, strict=True)):
        if sent.headline or not has_word(sent, _ROLE_WORDS) or not _ANY_ROLE.search(sent.text):
            continue
        toks = sent.tokens
        lower = [t.lower for t in toks]
        taken = {k for m in ms if m.kind in ("Person", "Organization", "Group") for k in range(m.i, m.j)}
        for i, word in enumerate(lower):
            if word not in ("a", "an", "the") or (i > 0 and (lower[i - 1] in _PREDICATIVE or lower[i - 1] == ",")):
                continue
            if word == "the":  # "the captain of a ship": only a post in something named by no name
                post = i + 3 < len(toks) and lower[i + 1] in _POST_NOUNS and lower[i + 2] == "of" \
                    and lower[i + 3] in ("a", "an", "one")
                head = i + 1 if post else None
            else:
                head = next((k for k in range(i + 1, min(i + 5, len(toks))) if lower[k] in _ROLE_NOUNS), None)
            if head is None or any(k in taken for k in range(i, head + 1)) \
                    or any(not toks[k].text.isalpha() for k in range(i + 1, head)):
                continue
            person = _person_named_next(table, sentences, mentions, idx, first_seen, lower[head], strict=word == "the")
            if person is None:
                continue
            ms[:] = [m for m in ms if not (m.i < head + 1 and i < m.j)]  # "Russian" names no state here
            ms.append(span_mention(sent, i, head + 1, table.entities[person].name, "Person", "indef-person",
                                   entity=person))
            ms.sort(key=lambda m: m.start)
            taken.update(range(i, head + 1))


def _person_named_next(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]], idx: int,
                       first_seen: dict[str, int], role: str, strict: bool = False) -> str | None:
    """``strict``: only one introduced after the same noun ("Its captain, a Georgian national, X")."""
    fallback = None
    for nxt in range(idx + 1, min(idx + 1 + (_POST_HORIZON if strict else _HORIZON), len(sentences))):
        sent = sentences[nxt]
        for m in mentions[nxt]:
            if m.kind != "Person" or not m.entity or first_seen.get(m.entity) != nxt:
                continue
            if table.entities[m.entity].title is not None:
                continue  # "President X": not the scientist just described
            if re.search(rf"\bthe\s+(?:[\w\-]+\s+)?{re.escape(role)},\s*$", sent.text[: m.start - sent.start]):
                return m.entity  # "the scientist, Anatoly Gretsky"
            if strict and re.search(rf"\b(?:the|its|his|her|their|[\w\-]+['’]s)\s+{re.escape(role)},\s+(?:(?:an?|the)\s+[^,]{{1,40}},\s+)?$",
                                    sent.text[: m.start - sent.start], re.I):
                return m.entity  # "Its captain, a Latvian national, Janis Ozols"
            if strict:
                continue
            fallback = fallback or m.entity
        if fallback:
            return fallback
    return None
