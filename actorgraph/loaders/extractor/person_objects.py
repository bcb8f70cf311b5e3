""" "Prosecutors have charged him with ...", "called on her to resign", "charges ... against him": an object
"him" or "her" is the person named last before it who is not the sentence's own subject, else the person
named last in the two sentences before who is not just quoted there ("His wife said he had retired" quotes
the wife; "him" in the next sentence is still the husband)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, span_mention
from actorgraph.loaders.extractor.text import Sentence

# what may follow an object "her" (not a possessive "her lawyer")
_AFTER_OBJECT_HER = frozenset("with to of for on in at from over after before as and , . ; : free guilty "
                              "immediately".split())
_ANY = re.compile(r"\b(?:him|her|his)\b", re.I)
_RELEASE_ADVERBS = frozenset("immediate unconditional swift prompt safe speedy".split())
# the antecedent in a prepositional phrase ("clashed with auditor X"), not the object the verb already has
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|of|to|against|by|for|from|on|at|in|over|about)\s+"
                                 r"(?:(?![a-z]+ed\s)[\w.\-]+\s+){0,3}$")
_SPEAKER_AFTER = re.compile(r"^(?:,[^,]{1,80},)?\s+(?:said|says|told|added|argued|insisted)\b")


def add_object_people(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline or not _ANY.search(sent.text):
            continue
        toks = sent.tokens
        taken = {k for m in ms for k in range(m.i, m.j)}
        added = []
        for k, tok in enumerate(toks):
            low = tok.lower
            if k == 0 or k in taken:
                continue
            if low in ("his", "her") and k + 2 < len(toks) and toks[k + 1].lower in _RELEASE_ADVERBS \
                    and toks[k + 2].lower in ("release", "freedom", "return"):
                added.append(span_mention(sent, k, k + 1, tok.text, None, "possessor"))  # "demanded her immediate release"
                continue
            if low not in ("him", "her"):
                continue
            nxt = toks[k + 1].lower if k + 1 < len(toks) else "."
            if low == "her" and nxt not in _AFTER_OBJECT_HER:
                continue
            added.append(span_mention(sent, k, k + 1, "", None, "obj-person"))
        if added:
            ms.extend(added)
            ms.sort(key=lambda m: m.start)


def object_person(sent: Sentence, m: Mention, here: list[Mention],
                  history: list[tuple[Sentence, list[Mention]]]) -> None:
    people = [x for x in here if x.end <= m.start and x.entity and x.kind == "Person"]
    if people and people[0].i <= 4:
        people = [x for x in people if x.entity != people[0].entity]  # the subject does it to someone else
    if people:
        last = people[-1]
        if _PREPOSITION_BEFORE.search(sent.text[max(0, last.start - sent.start - 40) : last.start - sent.start]):  # "clashed with Porras ... called on her to resign"
            m.entity = last.entity
        return  # "stripped X of his citizenship and expelled him": X is already the object here
    for past, ms in list(reversed(history))[:2]:
        if past.headline:
            continue
        quoted = [x for x in ms if x.kind == "Person" and x.entity
                  and not _SPEAKER_AFTER.match(past.text[x.end - past.start :])]
        if quoted:
            m.entity = quoted[-1].entity
            return

