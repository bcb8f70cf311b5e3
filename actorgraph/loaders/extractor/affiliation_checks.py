"""Document-level checks on the standing ties found sentence by sentence: a title's guessed country that the
article contradicts, "named" that lists rather than appoints, "a mission led by X", and collective groups
that take part in nothing."""

from __future__ import annotations

import re

from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.own_people import without_acts_against_own_people
from actorgraph.loaders.extractor.patterns import GOVERNMENT_PREFIX
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.suspensions import (
    bans_of_bodies_as_designations,
    without_suspensions_of_people,
)

# what one side does with or against another, which no one does with or against the state they hold office in:
#   measures and dealings ("Trump had threatened Iran", "Foreign Minister X signed a deal with Peru"); a critic
#   may accuse or make demands of the state they serve, a police chief coerce it or raid in it: those do not count
_OUTSIDE_MEASURES = ("THREATENS", "SANCTIONS", "DESIGNATES", "MOBILIZES_AGAINST", "NEGOTIATES_WITH", "MEETS_WITH",
                     "AGREES_WITH", "OFFERS", "AIDS")

_MEASURES_ON_OUTSIDERS = ("SANCTIONS", "THREATENS", "MOBILIZES_AGAINST")
_ON_GOVERNMENTS = _MEASURES_ON_OUTSIDERS + ("ACCUSES", "DEMANDS", "PROTESTS", "REJECTS", "ATTACKS", "COERCES")


def _governed_by(target: str | None) -> str:
    """The person a "Government-of:" target stands for."""
    return (target or "")[len(GOVERNMENT_PREFIX):]


def drop_contradicted_affiliations(raw: list[RawRelation]) -> list[RawRelation]:
    """Drop a title's country guessed from the article ("President X" in an article about Iran) when the
    document states that person's affiliation outright, names another holder of the same title there, has
    the person act against or deal with that country ("Trump threatened Iran"), or the guess gives one country two
    leaders with the same title. Acting on a person with a post in that country counts as acting on it."""
    explicit = [r for r in raw if r.type in ("LEADS", "HOLDS_POSITION") and r.target
                and r.props.get("affiliation") != "inferred"]
    # a state affiliation, or a body's post under the same title ("the union, whose president X"); not the
    # party a president leads
    has_explicit = {r.source for r in explicit if (r.target or "").startswith("Country:")}
    has_explicit_title = {(r.source, _title_word(r)) for r in explicit}
    holders = {(r.target, r.trigger_text.lower()): r.source for r in explicit}
    # the other side of a measure or dealing: a state, or a person the document places in one ("met Peruvian
    # President X", "held talks with Peru's foreign minister, X")
    states_of: dict[str | None, set[str | None]] = {}
    for r in explicit:
        if (r.target or "").startswith("Country:"):
            states_of.setdefault(r.source, set()).add(r.target)
    against = {(r.source, side) for r in raw if r.type in _OUTSIDE_MEASURES
               for side in {r.target} | states_of.get(r.target, set())}
    # a state that sanctions or threatens a person is not the state a guess gives that person's post in ("China
    #   sanctioned Senator X, barring him from entering China": a senator elsewhere)
    against |= {(r.target, r.source) for r in raw if r.type in _MEASURES_ON_OUTSIDERS}
    # nor is a state that accuses the person, or acts on "the government of President X", the one X is guessed to
    #   head ("Moscow accused the government of President X of ..." in a story about another state)
    against |= {(_governed_by(r.target), r.source) for r in raw if r.type in _ON_GOVERNMENTS
                and (r.source or "").startswith("Country:") and (r.target or "").startswith(GOVERNMENT_PREFIX)}
    heads_against = {(r.target, r.source) for r in raw if r.type == "ACCUSES" and (r.source or "").startswith("Country:")}

    def stated_otherwise(r: RawRelation) -> bool:
        other = holders.get((r.target, r.trigger_text.lower()))
        return r.source in has_explicit or (r.source, _title_word(r)) in has_explicit_title \
            or (other is not None and other != r.source) or (r.source, r.target) in against \
            or r.type == "LEADS" and (r.source, r.target) in heads_against  # ("Chile accused President X": not Chile's)

    inferred = [r for r in raw if r.props.get("affiliation") == "inferred"]
    dropped = {id(r) for r in inferred if stated_otherwise(r)}
    guessed: dict[tuple[str | None, str], set[str | None]] = {}
    for r in inferred:
        if id(r) not in dropped:
            guessed.setdefault((r.target, r.trigger_text.lower()), set()).add(r.source)
    dropped |= {id(r) for r in inferred if r.type == "LEADS" and id(r) not in dropped
                and len(guessed[(r.target, r.trigger_text.lower())]) > 1}  # two "presidents" of one guessed country
    _deputies_in_office(raw)
    for r in raw:
        if r.type == "LEADS" and _DELEGATION_LED.search(r.sentence.text[max(0, r.trigger_start - 40) : r.trigger_start + 6]):
            r.type = "HOLDS_POSITION"  # "an IMF mission led by X": X heads the mission, a post in the fund
        elif r.type == "LEADS" and _LEAD_VERB.fullmatch(r.trigger_text.lower()) \
                and _PART_OF_BODY.match(r.sentence.text, r.trigger_start + len(r.trigger_text)):
            r.type = "HOLDS_POSITION"  # "X, who chairs the Senate's defence committee": a post in the Senate
    return [r for r in raw if id(r) not in dropped and not _listing_not_appointment(r) and not _held_in_past(r)
            and not (r.type == "MEMBER_OF" and (r.target or "").startswith("Country:"))]  # "Germany joined France in"


_LEAD_VERB = re.compile(r"(?:leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed|commands|commanded)")
# the body named is only the owner of the part led: "the Senate's defence committee", "the party's youth wing"
PART_OF_BODY_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,3}?(?:committee|subcommittee|commission|panel|"
                                r"caucus|wing|branch|division|department|unit|office|bureau|board|council|chapter|"
                                r"forces|command|brigade|battalion|regiment|corps|mission|delegation|directorate)\b")
_PART_OF_BODY = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,5}?[A-Z][\w\-]*|the\s+[a-z]+)(?=['’])"
                           + PART_OF_BODY_AFTER.pattern)  # "the army's ground forces" too
_DELEGATION_LED = re.compile(r"\b(?:mission|delegation|team|panel|task force|visit|convoy)\s+(?:led|headed)\b", re.I)


def _deputies_in_office(raw: list[RawRelation]) -> None:
    """ "Y, who heads the anti-graft office, ... X's deputy, Z": Z holds a post in the office Y heads, rather
    than a personal tie to Y."""
    heads: dict[str, set[str]] = {}
    for r in raw:
        if r.type == "LEADS" and r.source and (r.target or "").startswith("Organization:"):
            heads.setdefault(r.source, set()).add(r.target or "")
    for r in raw:
        offices = heads.get(r.target or "", set())
        if r.type == "ASSOCIATED_WITH" and len(offices) == 1 and (r.target or "").startswith("Person:") \
                and re.fullmatch(r"(?:chief\s+|first\s+|senior\s+)?deput(?:y|ies)", r.trigger_text.lower()):
            r.type, r.target = "HOLDS_POSITION", next(iter(offices))


def _title_word(r: RawRelation) -> str:
    return r.trigger_text.lower().rsplit(" ", 1)[-1]


_YEAR = r"(?:(?:early|mid|late)[\s\-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
# the post's span ended, after the body (or the title: "Chile's interior minister from 2010 to 2014") in the same
#   clause: "until 2019", "from 2010 to 2015", "between 2012 and 2016", "in 2010-2014", "until last year"
_ENDED_SPAN = re.compile(r"(?:(?!\b(?:and|but|or|said|says|who|which|that|since)\b)[^,;:()]){0,40}?"
                         rf"(?:\b(?:until|till)\s+(?:{_YEAR}|last\s+year)\b|\b(?:from|between|in)\s+{_YEAR}"
                         rf"\s*(?:to|until|till|through|and|-|–)\s*{_YEAR}\b)")
_TERM_AHEAD = re.compile(r"\b(?:will|would|shall|due|set|expected|term|mandate)\b", re.I)


def _held_in_past(r: RawRelation) -> bool:
    """ "X, who led the Y from 2010 to 2015", "X served as leader of the Y until 2019": a post whose span the
    sentence closes is a former office, which gives no edge (unlike "who has led the Y since 2019"); not a term
    still running ("who will chair the Y until 2027")."""
    if r.type not in ("LEADS", "HOLDS_POSITION"):
        return False
    text, start = r.sentence.text, max(0, r.trigger_start)
    name = (r.target or "").split(":", 1)[-1]
    at = text.lower().find(name, start) if name else -1
    span = _ENDED_SPAN.match(text, at + len(name) if at >= 0 else start)
    return span is not None and not _TERM_AHEAD.search(text, start, span.end())


_APPOINTED_AS = re.compile(r"\b(?:as|to (?:the|head|lead|run|replace|succeed)|its new|the new|new)\b", re.I)


def _listing_not_appointment(r: RawRelation) -> bool:
    """ "The Treasury named the entity's interior minister, X, ...": "named" lists people (for sanctions, in a
    report) unless the clause says what to ("named X as acting governor", "naming X to the post")."""
    if not r.props.get("appointed") or not r.trigger_text.lower().startswith("nam"):
        return False
    rest = re.split(r"[;:]|\band\s+(?:on|in|at)\b", r.sentence.text[r.trigger_start : r.trigger_start + 120])[0]
    return not _APPOINTED_AS.search(rest)


def without_unrelated_groups(extraction: Extraction) -> Extraction:
    """A collective group ("two soldiers", "about 350 people") is an actor only through what it does or
    suffers: one that takes part in no relation is a description, not a node worth storing. One that only
    says so ("according to two diplomats") is an anonymous source: the statement keeps it as
    ``attributed_to_description``, not as an actor."""
    kinds = {a.id: a.kind for a in extraction.actors}
    extraction.relations = bans_of_bodies_as_designations(without_suspensions_of_people(
        without_acts_against_own_people(extraction.relations, kinds), kinds), kinds)
    used = {x for r in extraction.relations for x in (r.source, r.target) if x}
    unused = {a.id: a.name for a in extraction.actors if a.kind == "Group" and a.id not in used}
    for r in extraction.relations:
        if r.attributed_to in unused:
            r.properties["attributed_to_description"] = unused[r.attributed_to]
            r.attributed_to = None
    drop = set(unused)
    if drop:
        extraction.actors = [a for a in extraction.actors if a.id not in drop]
        extraction.mentions = {k: v for k, v in extraction.mentions.items() if k not in drop}
    return extraction
