""" "the opposition Hayastan bloc ... the bloc's leader", "the ruling Unity party ... The party denies": a body
whose name the text has followed with a description's noun is what "the <noun>" later refers to, before a body
that only fits the noun's type (a union of states for "the bloc", any "... Movement" for "the party")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity, EntityTable

_NOUN_AFTER = re.compile(r"\s+([a-z][a-z\-]+)\b(?!\s+[A-Z])")  # (not "the X party leader Y": a title before a name)


def mark_headed_names(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """Note, for each organisation, the description nouns written right after its name, with where."""
    nouns = lexicon().org_anaphors
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        for m in ms:
            ent = table.entities.get(m.entity or "")
            if ent is None or m.kind != "Organization" or m.via == "org-anaphor":
                continue
            after = _NOUN_AFTER.match(sent.text, m.end - sent.start)
            if after and after.group(1) in nouns:
                ent.headed.setdefault(after.group(1), m.start)


def headed_by(word: str, orgs: list[Entity], before: int, last_seen: dict[str, int]) -> Entity | None:
    """The organisation last seen of those named "<Name> <word>" before ``before``."""
    found = [e for e in orgs if e.headed.get(word, before) < before]
    return max(found, key=lambda e: last_seen.get(e.key, -1)) if found else None
