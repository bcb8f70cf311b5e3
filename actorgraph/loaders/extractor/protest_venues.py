"""A protest told by where it is held: "The growers' alliance staged a sit-in outside the Chilean embassy", "the
party said it would hold a rally outside the Congress building", "About 300 protesters marched on X's office",
"Supporters of the party protested outside parliament". Whoever holds it PROTESTS the one the venue belongs to: the
state of an embassy or consulate, the body or person whose building, office or residence it is, else, for a seat of
the state's power named by its function ("parliament", "the presidential palace", "the interior ministry"), the
state the story is set in.

A court's building is left alone (a crowd outside a court waits for a verdict as often as it protests one), as is
a venue no one owns ("outside the airport"). A protest the trigger rules already aimed ("protested against X") or
the crowd rules already gave stays theirs: one PROTESTS per protester and sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.events_speech import clause_agent
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status_cues import status_of
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence, has_part

_PROTEST_NOUN = r"(?:protests?|rall(?:y|ies)|sit-ins?|vigils?|demonstrations?|marches|march|pickets?)"
# the act of protesting, then where: "staged a sit-in outside", "would hold a rally at", "protested in front of",
# "gathered outside", "marched on" (a march "on" a building: only that verb)
_AT_VENUE = re.compile(
    r"\b(?P<verb>(?:stag(?:e|es|ed|ing)|h(?:old|olds|olding|eld)|organi[sz](?:e|es|ed|ing)|le(?:d|ad|ads|ading))\s+"
    r"(?:an?\s+|the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?" + _PROTEST_NOUN + r"|"
    r"protest(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|demonstrat(?:e|es|ed|ing)|gather(?:s|ed|ing)?|mass(?:ed|ing)|"
    r"picket(?:s|ed|ing)?|(?P<march>march(?:es|ed|ing)?))"
    r"(?:\s+(?:(?:late|early)\s+)?on\s+\w+day)?"
    r"\s+(?P<prep>outside|in\s+front\s+of|at|on)\s+", re.I)
# (one is in every match of _AT_VENUE: a protest noun after its verb or a protesting verb)
_PROTEST_PARTS = ("protest", "rall", "sit-in", "vigil", "demonstrat", "march", "picket", "gather", "mass")
# a foreign state's mission, named by its state ("the Chilean embassy", "Chile's consulate", "the Indian High
# Commission")
_MISSION = re.compile(r"(?:the\s+)?(?P<state>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,2}?)(?:['’]s?)?\s+"
                      r"(?:[Cc]onsulate(?:[\s\-]+[Gg]eneral)?|[Ee]mbassy|[Hh]igh\s+[Cc]ommission)\b")
# a body's or a person's building after its name ("the Congress building", "X's office", "the NSS headquarters")
BUILDING_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:main|official|private|regional|local|party)\s+)?"
                             r"(?:building|headquarters|offices?|residence|home|house|compound|premises|palace)\b", re.I)
# a seat of the state's power named by its function: the state the story is set in
_STATE_SEAT = re.compile(
    r"(?:the\s+)?(?:parliament(?:\s+building)?|(?:the\s+)?legislature|congress|the\s+senate|city\s+hall|"
    r"(?:presidential|government|royal)\s+(?:palace|headquarters|offices?|building|complex|residence)|"
    r"(?:president|prime\s+minister|premier|governor)['’]s\s+(?:office|residence|palace)|"
    r"(?:interior|justice|foreign|finance|defen[cs]e|labou?r|education|health|energy|agriculture)\s+ministry|"
    r"ministry\s+of\s+(?:the\s+)?[a-z]+|(?:regional\s+|district\s+)?prefecture|governorate)\b", re.I)
_COURT = re.compile(r"(?:[\w\-’']+\s+){0,3}?(?:court(?:house)?|tribunal)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:an?|the|its|their|his|her|planned|this|that|last|weekend|mass|street)\s+$", re.I)
_AND_BEFORE = re.compile(r"\band\s+(?:[a-z]+ly\s+|then\s+|later\s+)?$")
# what may come before the name a sentence opens with: a dateline, a day, an article
_OPENS = re.compile(r"(?:[A-Z][^-—–]{0,80}?\s[-—–]\s)?(?:(?:On|Last|Earlier)\s+\w+,?\s+)?(?:[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2})?")
_ACTORS = ("Organization", "Group", "Person")


def venue_protests(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                   story_state: Callable[[], str | None]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if sent.headline or not contains_any(text, ("outside", "front of", " at ", " on ")) \
            or not has_part(text, _PROTEST_PARTS):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _AT_VENUE.finditer(text):
        if hit.group("prep").lower() == "on" and not hit.group("march"):
            continue  # "protested on Monday", "rallied on the issue": only a march is "on" a place
        s, site = hit.start("verb"), hit.end()
        if _NOUN_BEFORE.search(text, max(0, s - 30), s):
            continue  # "called off a planned march on parliament", "after a protest outside ...": a noun, no holder
        agent = _conjunct_subject(ms, text, base, s) or clause_agent(ms, text, base, s)
        if agent is None or agent.kind not in _ACTORS or agent.end - base > s:
            continue
        if any(r.source == agent.entity and r.type == "PROTESTS" for r in found + out):
            continue
        target = _venue_owner(ms, text, base, site, story_state)
        if target is None or target == agent.entity:
            continue
        out.append(RawRelation(agent.entity, "PROTESTS", target, sent, s, text[s : hit.end("prep")],
                               status_of(text, agent.end - base, s, "PROTESTS"), 0.55))
    return out


def _conjunct_subject(ms: list[Mention], text: str, base: int, s: int) -> Mention | None:
    """ "X, which ..., accused Y of ... and staged a sit-in": after "and", the name the sentence opens with."""
    if not _AND_BEFORE.search(text, max(0, s - 30), s) or not ms:
        return None
    first = ms[0]
    return first if _OPENS.fullmatch(text, 0, first.start - base) and not first.possessive else None


def _missions_state(words: str) -> str | None:
    """The state a mission's name opens with ("Indian" of "Indian High Commission"), when that is all it says."""
    split = words.split()
    form = lexicon().country_at(split, 0)
    if form is None or form[0] != len(split):
        return None
    return f"Country:{normalize_name(form[1].country)}"


def _venue_owner(ms: list[Mention], text: str, base: int, site: int, story_state: Callable[[], str | None]) -> str | None:
    """Whose the venue starting at ``site`` is: the state of a mission, a named body's or person's building, or
    (a seat of the state's power named by its function) the story's state."""
    if _COURT.match(text, site) and not re.match(r"(?:the\s+)?[A-Z]", text[site:]):
        return None
    mission = _MISSION.match(text, site)
    if mission is not None:  # "the Bolivian consulate", "Chile's embassy" (a mission is no actor of its own)
        return _missions_state(mission.group("state"))
    lead = re.match(r"(?:the\s+)?", text[site:])
    at = site + (lead.end() if lead else 0)
    named = next((m for m in ms if m.start - base == at), None)
    if named is not None and named.entity:
        end = named.end - base
        if named.kind in ("Organization", "Person", "Country") and BUILDING_AFTER.match(text, end):
            return named.entity  # "outside the Congress building", "on X's office"
        return None
    if _STATE_SEAT.match(text, site):
        return story_state()
    return None
