"""Places named as settings are not actors. A country named only in locative phrases ("talks held in Geneva and
Norway", "fighters crossed from Chad", "a route through Turkey", "a group based in southern Libya", "off the coast
of Haiti", "grown in neighbouring Colombia and Peru") and in no relation is left out of the extraction; one named
as a subject, object, possessor ("Chad's army") or partner ("China and France agreed") keeps its place, even with
no relation found for it. So is a capitalised name with no organisation cue that is only ever a place: after a
locative preposition ("water drawn from the Amu Darya", "boats around the Spratlys") or before a place noun
("the Sunrise Deep block", "the El Faro breakwater"). A capital naming a mayor's or governor's city ("Kyiv mayor X")
gives a post in the state, not its lead (city_posts)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import Actor, normalize_name
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.state_organs import generic_state_organ, without_idle
from actorgraph.loaders.extractor.text import Sentence, folds_unevenly

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.relations import RawRelation

# a firm described by its trade after a demonym, then named
_FIRM_NOUN = re.compile(r"\s+(?:[a-z\-]+\s+){0,3}(?:company|firm|producer|group|giant|operator|miner|carrier|lender|"
                        r"conglomerate|utility|manufacturer|maker|developer|contractor|insurer|trader|supplier)\s+")
# the words of a body of the state's own ("Kenya's National Police Service", "Iran's Guardian Council")
_STATE_WORDS = frozenset("ministry department agency police army navy forces force guard guards council court "
                         "commission office service parliament assembly senate embassy bank government "
                         "presidency cabinet state national central federal royal supreme".split())

# a preposition of place right before the name ("in the", "from", "across"); not "to" ("sent troops to X" is a
# recipient as often as a destination) nor "of"/"and"/"with" (parts of a party's name or of a coordinated subject)
_LOCATIVE = re.compile(r"(?:\b(?:in|from|into|across|near|via|through|at|inside|throughout|within|outside)\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+|central\s+|neighbou?ring\s+)?"
                       # "in southern Libya", "bases in eastern Congo", "in neighbouring Peru"
                       r"|\b(?:off\s+)?the\s+(?:coasts?|shores?|waters)\s+of\s+)$", re.I)  # "off the coast of Haiti"
# a second place coordinated with a first: "in neighbouring Colombia and Peru" (not after "from": "troops from
# France, Japan and Italy" are the countries' own)
_ORIGIN = re.compile(r"\b(?:from|via|through|at)\s+(?:the\s+)?$", re.I)
# "fined by a Swiss court": the court's state is an actor only when it takes part in a relation ("a Kenyan court
#   jailed X"), as a place would be
_COURT_OF = re.compile(r"\s(?:court|courts|tribunal)$")
_AND_ANOTHER = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)")
# (for a name, not the prepositions of a route or a meeting: "payments through X", "talks at X" may name a body)
_LOCATIVE_FOR_NAMES = re.compile(r"\b(?:in|into|across|near|inside|throughout|within|outside|around|off)\s+(?:the\s+)?$",
                                 re.I)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:breakwater|block|field|fields|river|port|crossing|camp|prison|base|mine|mines|"
                               r"basin|valley|reef|shoal|island|islands|strait|canal|dam|border|region|province|district|"
                               r"area|zone|plant|refinery|terminal|airport|jail)\b")


# "X (XC), the maximum-security prison in Y": the apposition says the name is a place's, whatever its cue words
_PLACE_APPOSITION = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:prison|jail|camp|"
                               r"detention centre|detention center|base|port|airport|refinery|mine|river|island|"
                               r"border crossing|stadium|square)\b")


# the last words of every match of _LOCATIVE and _LOCATIVE_FOR_NAMES (each ends in one of them and then spaces):
#   a text ending otherwise is searched by neither (_locative_end)
LOCATIVE_ENDS = ("in", "from", "into", "across", "near", "via", "through", "at", "inside", "throughout", "within",
                 "outside", "around", "off", "the", "north", "south", "east", "west", "ern", "central", "neighbouring",
                 "neighboring", "of")


def _before(sent: Sentence, m: Mention) -> str:
    return sent.text[max(0, m.start - sent.start - 32) : m.start - sent.start]


def _locative_end(before: str) -> bool:
    """Whether ``before`` ends in one of LOCATIVE_ENDS, any case, and spaces: whether the end-anchored locative
    patterns can match in it at all (True when lower-casing cannot tell, as in ``has_part``)."""
    return folds_unevenly(before) or before.rstrip().lower().endswith(LOCATIVE_ENDS)


def as_place(sent: Sentence, m: Mention) -> bool:
    if m.possessive:
        return False
    before = _before(sent, m)
    return _locative_end(before) and _LOCATIVE.search(before) is not None


def _name_as_place(sent: Sentence, m: Mention) -> bool:
    if m.possessive:
        return False
    before = _before(sent, m)
    return _locative_end(before) and _LOCATIVE_FOR_NAMES.search(before) is not None \
        or _PLACE_NOUN_AFTER.match(sent.text, m.end - sent.start) is not None


def without_places(extraction: Extraction, sentences: list[Sentence], mentions: list[list[Mention]],
                   lex: Lexicon) -> Extraction:
    described: set[str] = set()  # names an apposition calls a place
    places: set[str] = set()  # entity keys met as a place (a country in a locative phrase, a name as a place)
    actors: set[str] = set()  # ... and met anywhere else
    for sent, sent_mentions in zip(sentences, mentions, strict=True):
        place_end = -1  # where the last country met as a place ends
        for k, m in enumerate(sent_mentions):
            if m.entity and m.entity.startswith("Country:"):  # by name, or by "the government" and the like
                here = as_place(sent, m) or place_end >= 0 and not m.possessive and _AND_ANOTHER.fullmatch(
                    sent.text[place_end - sent.start : m.start - sent.start]) is not None \
                    or _home_of(sent, m, sent_mentions[k + 1 : k + 2], lex) or _COURT_OF.search(
                        sent.text, m.start - sent.start, m.end - sent.start) is not None and m.via == "demonym"
                (places if here else actors).add(m.entity)
                place_end = m.end if here and not _ORIGIN.search(_before(sent, m)) else -1
            elif m.entity and m.entity.startswith("Organization:") and not sent.headline:
                if sent.text[m.start - sent.start - 1 : m.start - sent.start] == "(":
                    continue  # "the X Centre (XC)": initials declared in brackets say nothing of what X is
                if _PLACE_APPOSITION.match(sent.text, m.end - sent.start):
                    described.add(m.entity)
                (places if _name_as_place(sent, m) or m.entity in described else actors).add(m.entity)

    def only_a_place(a: Actor) -> bool:
        if a.kind not in ("Country", "Organization"):
            return False
        key = f"{a.kind}:{normalize_name(a.name)}"
        if key not in places or key in actors:
            return False
        return a.kind == "Country" or key in described \
            or not set(key.split(":", 1)[1].split()) & lex.organization_cues and not a.name.isupper()

    return without_idle(extraction, only_a_place)


def without_unused(extraction: Extraction, keys: set[str]) -> Extraction:
    """Countries no mention named, brought in by a relation a later check dropped ("BRUSSELS —" taken as the state
    of "Poland's Europe minister, X", then his own country preferred): with no relation left they are not actors."""
    if not keys:
        return extraction
    return without_idle(extraction, lambda a: f"{a.kind}:{normalize_name(a.name)}" in keys)


def _home_of(sent: Sentence, m: Mention, after: list[Mention], lex: Lexicon) -> bool:
    """ "Norway's DNO", "Mexico's Sinaloa Cartel", "Thai state power producer EGAT": a country's name or demonym
    before a named firm or gang tells where the body is from, as a place would (not "Iran's Foreign Ministry",
    "Kenya's National Police Service": the state's own)."""
    if not after or not (b := after[0]).entity or not b.entity.startswith("Organization:"):
        return False
    between = sent.text[m.end - sent.start : b.start - sent.start]
    if not (m.possessive and between.strip() in ("'s", "’s") or m.via == "demonym" and _FIRM_NOUN.fullmatch(between)):
        return False  # "Norway's DNO"; "Thai state power producer EGAT", "the French energy group X"
    words = set(b.entity.split(":", 1)[1].split())
    return not words & _STATE_WORDS and not generic_state_organ(lex, b.name)


_LOCAL_POST = re.compile(r"\b(?:mayor|governor)\b(?<!bank governor)", re.I)  # (not "central bank governor")


def city_posts(found: list[RawRelation], mentions: list[Mention], lex: Lexicon) -> None:
    """A mayor or governor of a capital ("Kyiv mayor X", "the governor of Tokyo, X", "Kyiv Mayor X") holds a post
    in the country and leads no state: the capital names the city, not the government (the development gold
    records a provincial governor as holding a post in the state). Only when the sentence names the country by its
    capital alone ("the governor of Puerto Rico" leads it)."""
    for r in found:
        if r.type != "LEADS" or not (r.target or "").startswith("Country:") or not _LOCAL_POST.search(r.trigger_text):
            continue
        words = [t.text for t in r.sentence.tokens]
        forms = [_seat(lex, m.surface.split(), 0, r.target) for m in mentions if m.entity == r.target]
        forms += [_seat(lex, words, k, r.target, m.title_i) for m in mentions if m.entity == r.source and m.title_i
                  for k in range(max(0, m.title_i - 3), m.title_i)]  # "Kyiv Mayor X": named with the post
        if any(f is not None for f in forms) and all(f is not False for f in forms):
            r.type = "HOLDS_POSITION"


def _seat(lex: Lexicon, words: list[str], k: int, country: str | None, end: int | None = None) -> bool | None:
    """Whether the form of ``country`` at ``words[k:end]`` is its seat; None when no form of it is there."""
    c = lex.country_at(words, k)
    if c is None or f"Country:{normalize_name(c[1].country)}" != country or end is not None and k + c[0] != end:
        return None
    return c[1].role == "seat"
