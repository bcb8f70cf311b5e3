"""Ships named in the news: "the tanker Coral Bay", "two trawlers, the Sea Lark and the Morning
Tide", "the Panama-flagged Silver Gull". A capitalised name is a vessel when a ship noun (or
"-flagged") stands right before it, when it is apposed to a plural ship noun, or when it continues a
list of vessels; once a name is known as a vessel, every bare mention of it in the document is one too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.mentions import Mention
    from actorgraph.loaders.extractor.relations import RawRelation
    from actorgraph.loaders.extractor.text import Sentence

_SHIP_NOUNS = frozenset(
    "tanker tankers supertanker supertankers trawler trawlers ship ships vessel vessels freighter freighters "
    "boat boats ferry ferries yacht yachts superyacht superyachts dhow dhows tug tugs tugboat tugboats barge "
    "barges dredger dredgers icebreaker icebreakers frigate frigates destroyer destroyers corvette corvettes "
    "submarine submarines warship warships cruiser cruisers gunboat gunboats trawlers seiner seiners "
    "containership containerships drillship drillships cutter cutters flagged".split())
_CARRIER_KINDS = frozenset("bulk lng lpg oil ore gas aircraft car vehicle chemical".split())
_PLURAL_SHIPS = frozenset(w for w in _SHIP_NOUNS if w.endswith("s") and w not in ("flagged",))
_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                       "june july august september october november december".split())
_LIST_GLUE = frozenset({",", "and", "or", "the"})
_SHIP_ANAPHORS = frozenset("ship vessel tanker trawler freighter boat yacht ferry".split())


def _ship_noun(lower: list[str], k: int) -> bool:
    if k < 0:
        return False
    w = lower[k]
    if w in ("carrier", "carriers"):
        return k > 0 and lower[k - 1] in _CARRIER_KINDS  # "the bulk carrier X", not "the carrier" (an airline)
    return w in _SHIP_NOUNS


def vessel_name_here(lower: list[str], i: int, prior: Mention | None) -> bool:
    """Does the capitalised run starting at token ``i`` name a ship? ``prior``: the mention found last in the
    sentence, for lists ("the X and the Y")."""
    if lower[i] in _NOT_NAMES:
        return False
    if _ship_noun(lower, i - 1):  # "the tanker Coral Bay", "tankers Sea Lark and ...", "Panama-flagged Silver Gull"
        return True
    if i >= 3 and lower[i - 1] == "the" and lower[i - 2] == "," and (
            lower[i - 3] in _PLURAL_SHIPS or lower[i - 3] in ("carriers",) and _ship_noun(lower, i - 3)
            or _ship_noun(lower, i - 3)):
        return True  # "two trawlers, the Sri Murugan ...", "a cargo ship, the Polar Dawn,"
    if prior is not None and prior.kind == "Vessel" and prior.j < i:
        between = lower[prior.j : i]
        return between == [",", "the"] or (set(between) <= _LIST_GLUE and bool({"and", "or"} & set(between)))
    return False


def ship_anaphor_at(lower: list[str], i: int) -> bool:
    """ "The ship", "The vessel", "The tanker" opening a sentence with no name after it: the ship last named
    (as the subject; elsewhere in the sentence it is too often a ship only spoken of)."""
    return i == 0 and lower[i] == "the" and i + 1 < len(lower) and lower[i + 1] in _SHIP_ANAPHORS and (
        i + 2 >= len(lower) or lower[i + 2] in (",", ".", ";", "had", "has", "was", "is", "which", "that", "and")
        or lower[i + 2].endswith("ed"))


def ship_object_at(lower: list[str], i: int) -> bool:
    """ "boarded the ship", "said the vessel had been caught": "the" and a ship noun inside a sentence, with no name
    after it ("the tanker Coral Bay") and not a possessor ("the ship's captain", which crew_posts reads)."""
    return i > 0 and lower[i] == "the" and i + 1 < len(lower) and lower[i + 1] in _SHIP_ANAPHORS and (
        i + 2 >= len(lower) or lower[i + 2] in _AFTER_SHIP_OBJECT or lower[i + 2].endswith(("ed", "ing")))


_AFTER_SHIP_OBJECT = frozenset(", . ; : had has was is would will could and or but to in at from off near into on of for "
                               "with after over by as that which".split())


def spread_vessel_names(mentions: list[list[Mention]]) -> None:
    """A name once introduced as a ship is the ship wherever it recurs ("The Silver Gull is not on the list"),
    and "the ship" stands for the ship last named (dropped where none was); inside a sentence ("boarded the ship")
    only while a single ship has been named (another ship may be spoken of there)."""
    names = {normalize_name(m.name) for ms in mentions for m in ms if m.kind == "Vessel"}
    last: Mention | None = None
    named: set[str] = set()  # the ships named so far
    for ms in mentions:
        for m in list(ms):
            if m.via == "ship-object":
                if last is None or len(named) != 1:
                    ms.remove(m)
                else:
                    m.name, m.kind = last.name, "Vessel"
                continue
            if m.via == "ship-anaphor":
                if last is None:
                    ms.remove(m)
                else:
                    m.name, m.kind = last.name, "Vessel"
                continue
            if names and m.kind in ("Person", "Organization", None) and m.via in ("name", "single", "cue", "headline") \
                    and normalize_name(m.name) in names:
                m.kind, m.title, m.title_i = "Vessel", None, None
            if m.kind == "Vessel":
                last = m
                named.add(normalize_name(m.name))


_OPERATED_BY = re.compile(r"\b(?:is|was|are|were|been)\s+(?:\w+\s+)?(?:owned|operated|managed|chartered|controlled|"
                          r"run)\s+by\s+(?:the\s+|an?\s+)?", re.I)


def vessel_ties(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "The ship, which left Ust-Luga on Thursday, is owned by Y": the owner or manager is tied to the ship."""
    text, base, out = sent.text, sent.start, []
    for idx, m in enumerate(ms):
        if m.kind != "Vessel" or not m.entity:
            continue
        hit = _OPERATED_BY.search(text, m.end - base, m.end - base + 120)
        if not hit:
            continue
        owner = next((x for x in ms[idx + 1 :] if x.start - base == hit.end()), None)
        if owner is not None and owner.entity and owner.kind in ("Organization", "Person", "Country") \
                and not any(m.end <= x.start and x.end <= owner.start and x.kind == "Vessel" for x in ms):
            # imported here, and only when needed: relations -> mentions -> vessels
            from actorgraph.loaders.extractor.relations import RawRelation as _Raw

            out.append(_Raw(owner.entity, "ASSOCIATED_WITH", m.entity, sent, hit.start(),
                                   hit.group(0).strip(), RelationStatus.ASSERTED, 0.7))
    return out


_CREW_POST = re.compile(r"\b(?:its|the\s+(?:ship|vessel|tanker|trawler|freighter|boat|carrier)['’]s)\s+(?P<post>captain|master|"
                        r"skipper|first officer|first mate|chief engineer|chief officer)\s*,\s+(?:(?:an?|the)\s+"
                        r"[\w\-]+(?:\s+[\w\-]+)?\s*,\s+)?$", re.I)


_OWNER_POST = re.compile(r"(?:^|[,;]\s+|\band\s+)(?:its|the\s+(?:ship|vessel|tanker|trawler|freighter|boat|carrier)['’]s)\s+"
                         r"(?:registered\s+|listed\s+|beneficial\s+)?(?P<post>owners?|operator|manager|charterer)\s*,\s+"
                         r"(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?$", re.I)


def crew_posts(sent: Sentence, ms: list[Mention], last_vessel: str | None) -> list[RawRelation]:
    """ "Its captain, X" / "the tanker's master, a Georgian national, X": X serves on the ship last named;
    "Its owner, the Piraeus-based firm Y": Y owns it."""
    from actorgraph.loaders.extractor.relations import RawRelation as _Raw

    if last_vessel is None:
        return []
    text, base, out = sent.text, sent.start, []
    for m in ms:
        if not m.entity:
            continue
        hit = _CREW_POST.search(text, max(0, m.start - base - 80), m.start - base) if m.kind == "Person" else None
        if hit:
            out.append(_Raw(m.entity, "HOLDS_POSITION", last_vessel, sent, hit.start(), hit.group("post"),
                            RelationStatus.ASSERTED, 0.7))
        own = _OWNER_POST.search(text, max(0, m.start - base - 80), m.start - base) \
            if m.kind in ("Organization", "Person") else None
        if own:
            out.append(_Raw(m.entity, "ASSOCIATED_WITH", last_vessel, sent, own.start(), own.group("post"),
                            RelationStatus.ASSERTED, 0.7))
    return out
