"""People referred to by their age: "Tomas Reyes, 62, ... The 62-year-old accused ...": "the N-year-old" is the one
person introduced with that age ("X, 62," / "X, a 62-year-old ..." / "the 62-year-old lawyer X"). Left alone when
two people share the age, or when a name follows ("the 62-year-old Reyes" names him itself)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.text import Sentence

_AGE_AFTER = re.compile(r",\s+(?:an?\s+)?(?P<age>\d{1,3})(?:-year-old\b|\s*[,.;)])")
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[a-z\-]+,?\s+){0,3}$")
_AGE_WORD = re.compile(r"(?P<age>\d{1,3})-year-old")


def link_age_descriptions(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    ages: dict[str, dict[str, str]] = {}  # age -> {person's entity key: name}
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        toks, taken, added = sent.tokens, covered_tokens(ms), []
        for k in range(1, len(toks)):
            age = _AGE_WORD.fullmatch(toks[k].lower)
            if age is None or toks[k - 1].lower != "the" or k in taken or k + 1 < len(toks) and toks[k + 1].is_cap:
                continue
            people = ages.get(age.group("age"), {})
            if len(people) == 1:
                (key, name), = people.items()
                added.append(span_mention(sent, k - 1, k + 1, name, "Person", "age-description", entity=key))
        for m in ms:  # introductions, after the uses in the same sentence
            if m.kind != "Person" or not m.entity:
                continue
            hit = _AGE_AFTER.match(sent.text, m.end - sent.start) \
                or _AGE_BEFORE.search(sent.text[max(0, m.start - sent.start - 50) : m.start - sent.start])
            if hit:
                ages.setdefault(hit.group("age"), {})[m.entity] = m.name
        insert_mentions(ms, added)
