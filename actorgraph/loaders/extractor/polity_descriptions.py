"""Regions and entities referred to by the noun that introduced them.

"Republika Srpska, Bosnia's Serb-run entity, ... The entity's president, X" and "the breakaway region of
Transnistria ... the region's separatist leader, Y": once a name is introduced as an entity, region,
territory, enclave or province (by apposition or "the <noun> of <Name>"), "the <noun>" later is that name,
so "the entity's president" leads it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.text import Sentence, has_word

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_NOUNS = ("entity", "region", "territory", "enclave", "province", "statelet")
_NOUN = "|".join(_NOUNS)
# "X, Bosnia's Serb-run entity," / "X, a breakaway region"
_APPOSED = re.compile(rf"^,\s+(?:(?:the|a|an|\w+['’]s)\s+)?(?:[\w\-]+\s+){{0,2}}(?P<noun>{_NOUN})\b")
# "the breakaway region of X"
_OF_NAME = re.compile(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}(?P<noun>{_NOUN})\s+of\s+$", re.I)
_ANY = re.compile(rf"\b(?:{_NOUN})\b", re.I)
_NOUN_WORDS = frozenset(_NOUNS)


def link_polity_descriptions(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    named: dict[str, tuple[str, str]] = {}  # noun -> (entity key, kind) introduced with it
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline or not has_word(sent, _NOUN_WORDS) or not _ANY.search(sent.text):
            continue
        toks = sent.tokens
        lower = [t.lower for t in toks]
        taken = covered_tokens(ms)
        added: list[Mention] = []
        for k in range(1, len(toks)):
            noun = lower[k]
            if noun not in _NOUNS or lower[k - 1] != "the" or k in taken or noun not in named:
                continue
            if k + 1 < len(toks) and lower[k + 1] == "of":
                continue  # "the region of X" names its own
            key, kind = named[noun]
            m = span_mention(sent, k - 1, k + 1, table.entities[key].name, kind, "polity-description", entity=key)
            m.possessive = k + 1 < len(toks) and toks[k + 1].text in ("'s", "’s")
            added.append(m)
        for m in ms:  # introductions, after the uses in the same sentence ("... on the entity's territory")
            if m.kind not in ("Organization", "Country") or not m.entity or m.via == "polity-description":
                continue
            apposed = _APPOSED.match(sent.text[m.end - sent.start :])
            of_name = _OF_NAME.search(sent.text[max(0, m.start - sent.start - 60) : m.start - sent.start])
            hit = apposed or of_name
            if hit:
                named[hit.group("noun").lower()] = (m.entity, m.kind)
        insert_mentions(ms, added)
