"""Definite descriptions of a group named before.

"Hong Kong police offered rewards for six pro-democracy activists ... Kwan said the wanted activists would be
pursued and urged them to surrender": "the (wanted) activists" is the group introduced earlier with that head
noun; "French police arrested seven leaders ... Prosecutors placed the seven under investigation": a bare
"the seven" is the group introduced with that number. The most recent such group wins; without one the phrase
stays out of the graph, as before."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.alternations import factored
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.text import Sentence, token_lowers

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_NUMBER = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)$")
# what may follow the description: the end of its noun phrase
_PHRASE_END = frozenset(", . ; : under to in on at for from with over by as after and or but who which were was are had have has "
                        "would will could should remain remained said say".split())


_GENERIC = frozenset("people persons individuals citizens civilians residents".split())  # "the people": anyone


def link_group_descriptions(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]],
                            lex: Lexicon) -> None:
    groups: list[tuple[int, str, str, str | None]] = []  # (position, head noun, entity key, number) so far
    quick: re.Pattern[str] | None = None
    for sent, ms in zip(sentences, mentions, strict=True):
        if groups and not sent.headline:
            # the token walk first, the quick pattern (case-insensitive, over the whole sentence) only where it
            #   finds a description: the pattern is the same condition as ever, asked of far fewer sentences
            added = _found_in(table, sent, ms, lex, groups)
            if added:
                if quick is None:
                    quick = _quick_test(lex)
                if quick.search(sent.text):
                    insert_mentions(ms, added)
        for m in ms:
            if m.kind == "Group" and m.entity and m.entity in table.entities:
                words = table.entities[m.entity].tokens
                number = next((w for w in words if _NUMBER.match(w)), None)
                groups.append((m.start, words[-1] if words else "", m.entity, number))


def _quick_test(lex: Lexicon) -> re.Pattern[str]:
    """A sentence worth a look: "the" before a group noun or a number within three words."""
    return _quick_pattern(frozenset(lex.group_nouns))


@functools.lru_cache(maxsize=4)
def _quick_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    words = factored(nouns | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                              "twelve"})  # (the same matches as the words joined, tried letter by letter)
    return re.compile(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}(?:{words}|\d)", re.I)


def _found_in(table: EntityTable, sent: Sentence, ms: list[Mention], lex: Lexicon,
              groups: list[tuple[int, str, str, str | None]]) -> list[Mention]:
    """The group descriptions of a sentence (not a headline), not yet among its mentions ``ms``."""
    toks = sent.tokens
    lower = token_lowers(sent)
    added: list[Mention] = []
    if "the" not in lower:
        return added
    taken = covered_tokens(ms)
    for k in range(1, len(toks)):
        if lower[k - 1] != "the" or k in taken:
            continue
        end = k
        while end < len(toks) and end - k < 3 and lower[end] not in lex.group_nouns and not _NUMBER.match(lower[end]) \
                and toks[end].text.isalpha() and not toks[end].is_cap:
            end += 1  # modifiers: "the wanted activists", "the detained journalists"
        if end >= len(toks) or end in taken:
            continue
        nxt = lower[end + 1] if end + 1 < len(toks) else "."
        if nxt not in _PHRASE_END:
            continue  # "the activists' families", "the leaders of X": another thing
        word = lower[end]
        if _NUMBER.match(word) and end == k:
            key = _latest(groups, toks[end].start, number=word)
        elif word in lex.group_nouns and word not in _GENERIC:
            key = _latest(groups, toks[end].start, head=word)
        else:
            key = None
        if key is not None:
            added.append(span_mention(sent, k - 1, end + 1, table.entities[key].name, "Group", "group-description",
                                      entity=key))
            taken.update(range(k - 1, end + 1))
    return added


def _latest(groups: list[tuple[int, str, str, str | None]], before: int, head: str | None = None,
            number: str | None = None) -> str | None:
    found = [key for pos, h, key, n in groups if pos < before and (h == head if head else n == number)]
    return found[-1] if found else None


_PAIR_HEADS = frozenset("leaders presidents ministers premiers heads governments delegations envoys "
                        "negotiators".split())


def link_pair_descriptions(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "the two leaders agreed", "talks between the two foreign ministers": a definite pair of officials is
    the two officials just named (``pair_of_people``); with no two named, it stays a group."""
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        for m in ms:
            if m.kind != "Group" or m.i == 0:
                continue
            lower = [t.lower for t in sent.tokens[m.i - 1 : m.j]]
            if lower[0] == "the" and len(lower) >= 3 and lower[1] == "two" and lower[-1] in _PAIR_HEADS:
                m.via, m.kind, m.entity = "pair-people", None, None  # coref: the two officials just named


def pair_of_people(table: EntityTable, here: list[Mention], previous: list[Mention]) -> list[str]:
    """The two people named last before "the two leaders": in its own sentence, or with a title in the one before."""
    found: list[str] = []
    for x in [*reversed(here), *reversed(previous)]:  # ``here`` and ``previous`` are each in text order
        ent = table.entities.get(x.entity or "")
        if ent is not None and ent.kind == "Person" and (ent.title or x in here) and ent.key not in found:
            found.append(ent.key)
    return found[:2][::-1] if len(found) >= 2 else []
