"""Names before resolution: every full name registered longest first (so short forms find them), acronyms
declared after a name, and one-word names that keep acting (an organisation, not a place)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_CONNECTOR_WORDS = frozenset("of the de del la los las du des da dos al el bin ibn van von der y e le for and pour".split())


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def initials(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t not in _CONNECTOR_WORDS)


_DECLARES_ACRONYM = re.compile(r"(?:\s+(?:in|of|for|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})?"
                               r"(?:\s*\(|,\s+(?:or|known as|also known as)\s+(?:the\s+)?)")


def declared_acronyms(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "the Kurdistan Workers' Party, or PKK" / "... Mission in Somalia (AUSSOM)": the acronym is declared an
    alias of the name right before it, whatever its letters (they often follow another language)."""
    remap: dict[str, str] = {}
    for sent, ms in zip(sentences, mentions, strict=True):
        for k, b in enumerate(ms):
            if b.via != "acronym" or not b.entity:
                continue
            a = next((x for x in reversed(ms[:k]) if x.kind != "Country"), None)  # "... Mission in Somalia (X)"
            if a is not None and a.kind == "Organization" and a.entity and a.entity != b.entity \
                    and _DECLARES_ACRONYM.fullmatch(sent.text[a.end - sent.start : b.start - sent.start]):
                remap.setdefault(b.entity, a.entity)
    for ms in mentions:
        for m in ms:
            if m.entity in remap:
                m.entity = remap[m.entity]
                table.entities[m.entity].aliases.add(m.surface)


_ACTING_BODY = (r"(?:(?:armed|security|regional|local)\s+)?(?:forces|fighters|troops|militias?|leader|leadership|government|"
                r"administration|authorities|spokes(?:man|woman|person))\b")

_PLACE_NOUN = r"(?:province|region|district|county|prefecture|governorate|municipality|territory|valley|highlands)\b"


def recurring_names(sentences: list[Sentence], mentions: list[list[Mention]]) -> set[str]:
    """One-word capitalised names seen at least twice in the body and never after a preposition of place, or with
    forces or a leader of their own."""
    seen = Counter(m.name for sent, ms in zip(sentences, mentions, strict=True) if not sent.headline
                   for m in ms if m.via == "single" and m.kind is None)
    body = " ".join(s.text for s in sentences if not s.headline)
    return {name for name, n in seen.items() if n >= 2 and (not re.search(
        rf"\b(?:in|near|at|into|across|outside|inside|around|through|on|of)\s+(?:the\s+)?{re.escape(name)}\b", body)
        or re.search(rf"\b{re.escape(name)}(?:['’]s)?\s+{_ACTING_BODY}", body))
        and not re.search(rf"\b{re.escape(name)}\s+{_PLACE_NOUN}", body)}  # "X's leader", "X forces"; not "X province"


def register_names(table: EntityTable, mentions: list[list[Mention]]) -> None:
    """First pass: every full name in the document, longest first, so short forms find them."""
    named = [m for ms in mentions for m in ms if m.kind in ("Person", "Organization", "Country", "Group")]
    org_names: dict[tuple[str, ...], str] = {}  # first two tokens of each organisation's name -> its key
    for m in sorted(named, key=lambda m: -len(m.name)):
        toks = tuple(normalize_name(m.name).split())
        target = None
        if m.kind in ("Person", "Organization"):
            for e in table.of_kind(m.kind):
                if (len(toks) >= 2 or m.kind == "Person") and contains(e.tokens, toks):
                    target = e
                    break
                if m.kind == "Organization" and m.via == "acronym" and initials(e.tokens) == toks[0]:
                    target = e
                    break
            if target is None and m.kind == "Person" and m.title is None and len(toks) >= 2:
                # "Panama Ports rejected ..." after "Panama Ports Company": the organisation's short form
                key = org_names.get(toks[:2]) if len(toks) == 2 else None
                target = table.entities[key] if key else None
                m.kind = m.kind if target is None else "Organization"
        if target is None:
            target = table.add(m.name, m.kind or "", m.start, m.surface)
            if m.kind == "Group" and m.country:
                target.country = f"Country:{normalize_name(m.country)}"
            if m.kind == "Organization" and len(target.tokens) > 2:
                org_names.setdefault(target.tokens[:2], target.key)
        if m.kind == "Person" and m.title is not None and not m.title.rank and target.title is None:
            target.title, target.leader = m.title.text.lower(), m.title.leader
            if m.country:
                target.country = f"Country:{normalize_name(m.country)}"
                target.country_name = m.country
        elif m.surface != target.name:
            target.aliases.add(m.surface)
        m.entity = target.key
