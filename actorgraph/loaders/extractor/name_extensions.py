"""What follows a name and belongs to it: another name ("X, better known as Y") or a bracketed qualifier."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.mentions import Mention

_KNOWN_AS = re.compile(r"\s*,?\s*\(?(?:better\s+|also\s+|widely\s+|popularly\s+|commonly\s+)?(?:known\s+as|nicknamed|"
                       r"alias|a\.k\.a\.?|aka)\s+[\"“']?", re.I)


def known_as(sent: Sentence, out: list[Mention]) -> None:
    """ "X, better known as Y": Y is another name of the person X, not a second person."""
    for a, b in zip(out, out[1:], strict=False):
        if a.kind == "Person" and b.kind in ("Person", None) and b.via in ("name", "single") \
                and _KNOWN_AS.fullmatch(sent.text[a.end - sent.start : b.start - sent.start]):
            b.name, b.kind, b.via = a.name, "Person", "alias"


_QUALIFIER = re.compile(r"\s*\((?P<q>[A-ZÀ-Ý][\w’'\-–]*(?:\s+(?:of|the|and|for|[A-ZÀ-Ý][\w’'\-–]*)){1,5})\)")


def with_name_qualifiers(sent: Sentence, out: list[Mention]) -> list[Mention]:
    """ "the Communist Party of Nepal (Unified Socialist)": a bracketed name of several capitalised words right
    after an organisation's name is part of that name (a bracketed acronym is an alias, kept apart)."""
    if "(" not in sent.text:
        return out
    for m in out:
        q = _QUALIFIER.match(sent.text, m.end - sent.start) if m.kind == "Organization" else None
        if q is None or len(q.group("q").split()) < 2 and "-" not in q.group("q") and "–" not in q.group("q"):
            continue
        end = sent.start + q.end()
        out = [x for x in out if not (m.end <= x.start and x.end <= end)]
        j = next((k for k, t in enumerate(sent.tokens) if t.start >= end), len(sent.tokens))
        m.j, m.end = j, end
        m.surface = m.name = sent.text[m.start - sent.start : q.end()]
        m.possessive = j < len(sent.tokens) and sent.tokens[j].text in ("'s", "’s", "'", "’")
    return out
