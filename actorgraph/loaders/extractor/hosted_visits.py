"""A visitor welcomed at a place is met, not praised: "Chile welcomed opposition leader X to Santiago", "welcomed
Peru's foreign minister to the presidential palace" (as "hosted X in Santiago" already is), while "welcomed Peru's
decision to withdraw", "welcomed X's release" and "welcomed Sweden to the alliance" stay support. So is one received
there without a post ("received X in Santiago", the trigger's ``obj: visitor``), not "received X's letter in Lima".
A visit named as a thing ("protested the visit of X to Taipei") is the visitor's, not the subject's."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.role_words import FREE, MODS, ROLE

# "to Santiago", "in the capital", "at his residence" (a capitalised place the mentions did not take)
_PLACE = re.compile(r"\s+(?:to|in|at)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:presidential|royal)\s+)?(?:palace|capital|city|headquarters|"
                    r"residence|[A-Z][\w\-]+)")
_ROLE_AFTER = re.compile(rf"['’]s?\s+{FREE}{MODS}{ROLE}\b", re.I)  # "Peru's foreign minister": a visitor for Peru
_NO_CLAUSE = re.compile(r"[^,;:\"“]*")


def welcomed_visitors(ms: list[Mention], targets: list[Mention], text: str, base: int, e: int) -> bool:
    """Whether the actors a "welcomed" or "received" ending at ``e`` takes (``targets``) are visitors welcomed at
    a place."""
    if not targets or any(e <= m.start - base < targets[0].start - base for m in ms if m not in targets):
        return False
    if not _NO_CLAUSE.fullmatch(text[e : targets[0].start - base]):
        return False
    last = targets[-1]
    rest = text[last.end - base :]
    if last.possessive:
        role = _ROLE_AFTER.match(rest)
        if role is None:
            return False  # "welcomed Peru's decision to withdraw"
        rest = rest[role.end() :]
    elif last.kind != "Person":
        return False  # "welcomed Sweden to the alliance"
    place = _PLACE.match(rest)
    if place is None:
        return False
    at = len(text) - len(rest) + place.end() - len(place.group(0).split()[-1])
    return not any(m.start - base == at and m.kind == "Organization" for m in ms)


_VISIT_NAMED = re.compile(r"\b(?:the|a|an|this|that)\s+(?:(?:recent|planned|official|state|first|second|surprise|"
                          r"controversial|brief|two-day|three-day)\s+)?$", re.I)
_PREP = re.compile(r"\b(of|by|to)\b")
_BY = re.compile(r"\s+(?:of|by)\b")
_DEMONYM = re.compile(r"\s+(?:the|an?)\s+([A-Z][\w.\-]*)")  # "by the Turkish president", "of a U.S. delegation"


def visit_parties(ms: list[Mention], right: list[int], text: str, base: int, s: int, e: int,
                  agents: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The visitor and the visited of a visit named as a thing, "the visit of X to Y", "a visit to Y by X": whoever
    the sentence's subject is ("China protested the visit of U.S. lawmakers to Taipei": U.S. lawmakers visited
    Taiwan, China met no one); no one when the visitor is unnamed, unless a demonym makes the visitor the state
    of the subject (``agents``). None when no "to Y" names the visited, or no "of"/"by" the visitor ("plans a visit
    to Y": the subject's own)."""
    if text[s:e].lower() != "visit" or not _VISIT_NAMED.search(text, max(0, s - 30), s):
        return None
    visitor = visited = None
    for k in right:
        preps = _PREP.findall(text[e : ms[k].start - base].lower())
        if not preps or ms[k].start - base - e > 90:
            break
        if preps[-1] == "to" and visited is None:
            visited = k
        elif preps[-1] != "to" and visitor is None:
            visitor = k
    if visited is None:
        return None
    if visitor is None:  # "the visit of a delegation to Y": unnamed; "plans a visit to Y": the subject's own
        named_by = _BY.match(text, e) or _BY.match(text, ms[visited].end - base)
        if named_by is None:
            return None
        dem = _DEMONYM.match(text, named_by.end())
        form = lexicon().country_at([dem.group(1)], 0) if dem else None
        if form and any(a.entity == f"Country:{normalize_name(form[1].country)}" for a in agents):
            return None  # "Baghdad and Ankara signed X during a visit to Baghdad by the Turkish president": Ankara's
        return [], []
    return [ms[visitor]], [ms[visited]]
