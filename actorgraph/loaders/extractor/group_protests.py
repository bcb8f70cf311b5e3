"""A crowd that takes to the street with no one named as the target protests against the story's state:
"Thousands of cocoa growers marched on the district office", "Hundreds of opposition supporters rallied in
the capital", "Herders blocked the highway in protest", "Market vendors, angry at the levy, protested"; held
outside a body's building ("outside the court building") the protest is against that body, when the story
names it.

A protest the sentence aims at someone ("rallied against X", "protested X's decision") is the trigger rules'
own; this adds only the protest whose target the story leaves to its setting ("against local authorities"
names no one but the state's own). The crowd is what the sentence
opens with (after a date phrase at most), so a crowd only described ("police dispersed protesters who had
marched") is not taken for the doer; a crowd named without a number ("Market vendors") becomes a group here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import RelationStatus, normalize_name
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention, start_ordered
from actorgraph.loaders.extractor.protest_venues import BUILDING_AFTER
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_STREET_PROTEST = re.compile(
    r"(?:\s*,[^,]{3,60},)?\s+(?:(?:have|had|has)\s+)?(?:(?:again|also|repeatedly)\s+)?"
    r"(?:protested|marched|rallied|demonstrated|took\s+to\s+the\s+streets|"
    r"(?:staged|held)\s+(?:[\w\-]+\s+){0,2}?(?:protests?|demonstrations?|rallies|rally|sit-ins?|marches)|"
    r"blocked\s+(?:[\w\-’']+\s+){1,8}?in\s+protest)\b", re.I)
# the protest aimed at someone the sentence names: the trigger rules find it
_AIMED = re.compile(r"\s*(?:against|over|at)\b", re.I)
# ... unless at the setting's own authorities, which name no one ("against local authorities")
_AT_AUTHORITIES = re.compile(r"\s*against\s+(?:the\s+)?(?:local\s+|regional\s+|provincial\s+|district\s+)?"
                             r"(?:authorities|government|officials)\b", re.I)
_OPENING = re.compile(r"^(?:(?:On|Last|Earlier)\s+\w+(?:\s+\w+)?,?\s+)?$")
# "Market vendors", "Khorezm farmers": one or two words before a plural noun of people, opening the sentence
_BARE_CROWD = re.compile(r"(?:On|Last|Earlier)\s+\w+(?:\s+\w+)?,?\s+|")
# "marched on X's office", "rallied outside the Y headquarters": a named person's or body's building (round 29)
_SURNAME = re.compile(r"([A-Z][\w\-]+)['’]s\s")
_AT = re.compile(r"\s+(?:on|outside|in\s+front\s+of|at)\s+(?:the\s+)?")
_BUILDING = re.compile(r"\s+(?:outside|in\s+front\s+of|at)\s+the\s+(?:[\w\-]+\s+)?([\w\-]+)\s+"
                       r"(?:building|headquarters|offices?|premises)\b", re.I)


def group_street_protests(sent: Sentence, mentions: list[Mention], state: str | None, found: list[RawRelation],
                          table: EntityTable) -> list[RawRelation]:
    """``state``: the country the story is set in; ``found``: the sentence's relations so far."""
    if state is None or sent.headline:
        return []
    base, text = sent.start, sent.text
    first = next((m for m in start_ordered(list(mentions)) if m.entity), None)
    crowd: str | None = None
    named: tuple[str, int] | None = None  # a crowd without a number: its name and where it starts
    if first is not None and first.kind == "Group" and first.entity and _OPENING.match(text[: first.start - base]):
        crowd, end = first.entity, first.end - base
    elif (named := _bare_crowd(sent, first)) is not None:
        crowd, end = f"Group:{normalize_name(named[0])}", named[1] + len(named[0])
    hit = _STREET_PROTEST.match(text, end) if crowd else None
    if crowd is None or hit is None or _AIMED.match(text, hit.end()) and not _AT_AUTHORITIES.match(text, hit.end()) \
            or any(r.source == crowd and r.type == "PROTESTS" for r in found):
        return []
    target = _owner_of_venue(text, base, hit.end(), mentions, table) or _body_at_building(text[hit.end() :], table) \
        or state
    if named is not None and crowd not in table.entities:
        table.add(named[0], "Group", base + named[1]).count += 1
    return [RawRelation(crowd, "PROTESTS", target, sent, hit.start(), hit.group(0).strip(),
                        RelationStatus.ASSERTED, 0.55)]


_CROWD_WORDS = re.compile(r"((?:[\w\-’']+\s+){1,2}?)([a-z]+)\b")


def _bare_crowd(sent: Sentence, first: Mention | None) -> tuple[str, int] | None:
    """ "Market vendors protested": a crowd without a number opening the sentence, and where it starts."""
    lead = _BARE_CROWD.match(sent.text)
    start = lead.end() if lead else 0
    words = _CROWD_WORDS.match(sent.text[start:])
    if words is None or words.group(2) not in lexicon().group_nouns or words.group(1).strip().lower() in (
            "the", "some", "many", "its", "their", "his", "her", "our", "other", "these", "those"):
        return None
    if first is not None and first.start - sent.start < start + words.end():
        return None  # the opening words are a named actor's ("Police officers", "Chinese diplomats")
    return sent.text[start : start + words.end()], start


def _body_at_building(after: str, table: EntityTable) -> str | None:
    """ "outside the court building": the body the story names most with that word ("the Constitutional Court")."""
    hit = _BUILDING.match(after)
    return None if hit is None else body_with_word(hit.group(1), table)


def body_with_word(word: str, table: EntityTable) -> str | None:
    """The organisation the story names most with ``word`` ("court": "the Constitutional Court"), if one does."""
    word = normalize_name(word)
    bodies = sorted((e for e in table.entities.values() if e.kind == "Organization" and word in e.tokens),
                    key=lambda e: -e.count)  # of two courts, the one the story keeps naming
    if not bodies or len(bodies) > 1 and bodies[0].count == bodies[1].count:
        return None
    return bodies[0].key


def _owner_of_venue(text: str, base: int, at: int, mentions: list[Mention], table: EntityTable) -> str | None:
    """The person or body whose building the crowd marched on or rallied outside, named right there ("marched on
    X's office", "outside the Y headquarters"): X, Y; a surname read as a place after "outside" ("outside Varga's
    residence"), the one person named before with it."""
    hit = _AT.match(text, at)
    if hit is None:
        return None
    owner = next((m for m in mentions if m.start - base == hit.end() and m.entity), None)
    if owner is None:
        surname = _SURNAME.match(text, hit.end())
        if surname is None or not BUILDING_AFTER.match(text, surname.end(1)):
            return None
        word = normalize_name(surname.group(1))
        people = [e.key for e in table.entities.values() if e.kind == "Person" and word in e.tokens]
        return people[0] if len(people) == 1 else None
    if owner.kind not in ("Person", "Organization") or not BUILDING_AFTER.match(text, owner.end - base):
        return None
    return owner.entity
