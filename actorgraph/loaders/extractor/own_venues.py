"""Supporters gathered at their own party's building protest the state, not the party: "Several hundred supporters
protested outside the party's offices", "Unity Party supporters rallied outside the Unity Party headquarters" (round
29: read as a protest against the party). A crowd of supporters or members at the building of a party, movement or
coalition it names, or of one such body when it names none, protests against the state the story is set in; a crowd
at another body's building ("PPA-CI supporters outside the commission's headquarters") keeps its target."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.protest_venues import BUILDING_AFTER
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_SUPPORTER_WORDS = ("supporters", "members", "loyalists", "followers", "activists")
_PARTY_WORDS = frozenset("party movement coalition alliance front bloc".split())
_CAPITALISED = re.compile(r"\b[A-Z][\w\-’']+")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def supporters_at_own_venue(found: list[RawRelation], sent: Sentence, mentions: list[Mention],
                            story_state: Callable[[], str | None], table: EntityTable) -> list[RawRelation]:
    """``found`` with a supporters' protest at their own body's building turned against the story's state."""
    text = sent.text
    if sent.headline or not contains_any(text, _SUPPORTER_WORDS) or not any(
            r.type == "PROTESTS" and (r.source or "").startswith("Group:") for r in found):
        return found
    base = sent.start
    out: list[RawRelation] = []
    for r in found:
        crowd = table.entities.get(r.source or "") if r.type == "PROTESTS" else None
        owner = table.entities.get(r.target or "") if crowd is not None and crowd.kind == "Group" else None
        if crowd is None or owner is None or owner.kind != "Organization" \
                or not contains_any(crowd.name.lower(), _SUPPORTER_WORDS) \
                or not any(m.entity == owner.key and BUILDING_AFTER.match(text, m.end - base) for m in mentions) \
                or not _own_body(crowd.name, crowd.tokens, owner.tokens, _crowds_body(text, base, mentions, crowd.key), owner.key):
            out.append(r)
            continue
        state = story_state()
        if state is not None and state != r.source:
            out.append(dataclasses.replace(r, target=state, props=dict(r.props)))
    return out


def _crowds_body(text: str, base: int, mentions: list[Mention], crowd: str) -> str | None:
    """The body a crowd is "of" right after its name ("supporters of the Justice Party"): its entity key, "" when
    the crowd is of no named body."""
    m = next((x for x in mentions if x.entity == crowd), None)
    of = _OF.match(text, m.end - base) if m is not None else None
    if of is None:
        return ""
    return next((x.entity for x in mentions if x.start - base == of.end() and x.entity), None)


def _own_body(crowd_name: str, crowd_tokens: tuple[str, ...], owner_tokens: tuple[str, ...], of: str | None,
              owner: str) -> bool:
    """Whether the crowd belongs to the body: it names it ("Unity Party supporters", "supporters of the Unity
    Party"), or it names no body and the building is a party's, movement's or coalition's ("Several hundred
    supporters ... the party's offices")."""
    if of:
        return of == owner
    if set(owner_tokens) - _PARTY_WORDS & set(crowd_tokens):
        return True
    return of == "" and bool(set(owner_tokens) & _PARTY_WORDS) and not _CAPITALISED.search(crowd_name, 1)
