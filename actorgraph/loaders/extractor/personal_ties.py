"""Personal ties named by a possessive pronoun: "His lawyer, X, said the charges were political" -> X
ASSOCIATED_WITH the person the story is about (the one person named earlier in the sentence, else the person
the text has named most so far); "Their lawyer, X" -> each of the two people last named together ("A and B").
(Kin, "his wife, X", are kinship.py's; "Y's lawyer, X" is role_words.py's.)"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_ROLES = r"(?:lawyers?|attorneys?|counsel|solicitor|barrister|aides?|advis[eo]rs?|business partners?|associates?|bodyguards?)"
_PRONOUN_ROLE = re.compile(r"(?:^|[,;][\"”’']?\s+|\b(?:and|alongside)\s+)(?P<pron>his|her|their)\s+(?:(?:defen[cs]e|personal|long-?time|"
                           r"senior|chief|top|close)\s+){0,2}" + _ROLES + r"\s*,\s+(?:[A-Z][a-z]{0,3}\.\s+)?$", re.I)  # "Dr. X"
_QUICK = re.compile(r"\b(?:his|her|their)\s+(?:[a-z\-]+\s+){0,2}" + _ROLES + r"\s*,", re.I)
_STEMS = ("lawyer", "attorney", "counsel", "solicitor", "barrister", "aide", "advis", "partner", "associate",
          "bodyguard")
_LOOKBACK = 6  # sentences searched for the two people "their" stands for
_AND_GAP = re.compile(r"\s+and\s+")  # "A and B"


def pronoun_ties(sent: Sentence, ms: list[Mention], table: EntityTable) -> list[RawRelation]:
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
    low = text.lower()
    if not contains_any(low, _STEMS) or not _QUICK.search(text):
        return out
    earlier = [s for s in table.sentences if s.start < sent.start and not s.headline]
    for idx, m in enumerate(ms):
        begin = sent.tokens[m.title_i].start if m.title_i is not None and m.title and m.title.rank else m.start
        hit = _PRONOUN_ROLE.search(text[max(0, begin - base - 60) : begin - base]) if m.kind == "Person" else None
        if hit is None or not m.entity:
            continue
        if hit.group("pron").lower() == "their":
            groups = [p.entity for p in ms[:idx] if p.kind == "Group" and p.entity]  # "The two suspects ...,
            clients = groups[-1:] or _last_pair(earlier, table, m.entity)  # their lawyer, X, said"
        else:
            here = {p.entity for p in ms[:idx] if p.kind == "Person" and p.entity and p.entity != m.entity}
            told = _told_about(sent, ms, idx)
            clients = [told] if told else list(here) if len(here) == 1 else \
                _recent_client(earlier, table, m.entity, _GENDER[hit.group("pron").lower()]) \
                or _protagonist(earlier, table, m.entity)
        for client in clients:
            out.append(RawRelation(m.entity, "ASSOCIATED_WITH", client, sent, m.start - base,
                                   hit.group(0).strip(" ,;"), RelationStatus.ASSERTED, 0.65))
    return out


_GENDER = {"his": "m", "her": "f", "their": ""}
_SAID_THEN = re.compile(r",?\s+(?:said|says|told\s+[\w\s]{1,20}?)\s+(?:that\s+)?")
_START = attrgetter("start")
_CASE_POSTS = ("judge", "justice", "prosecutor", "minister", "spokes", "police", "commissioner")
_CLIENT_REACH = 3  # sentences searched back for the client "his lawyer" stands for


def _told_about(sent: Sentence, ms: list[Mention], idx: int) -> str | None:
    """ "His lawyer, X, said Y denied the charges": Y, the person the lawyer's reported clause opens with."""
    nxt = ms[idx + 1] if idx + 1 < len(ms) else None
    if nxt is None or nxt.kind != "Person" or not nxt.entity or nxt.possessive or nxt.entity == ms[idx].entity:
        return None
    return nxt.entity if _SAID_THEN.fullmatch(sent.text, ms[idx].end - sent.start, nxt.start - sent.start) else None


def _recent_client(earlier: list[Sentence], table: EntityTable, lawyer: str, gender: str) -> list[str]:
    """The person "his/her lawyer" most likely stands for: of the people the last few sentences open with (whom
    they are about), one the text's pronouns made of the lawyer's pronoun's gender ahead of one of unknown
    gender, never one of the other gender; the latest of equals."""
    best: tuple[int, int, str] | None = None
    for rank, s in enumerate(earlier[-_CLIENT_REACH:]):
        first = next((ent for p in sorted(_people(s, table), key=_START)
                      if (ent := table.entities.get(p.entity or "")) is not None and ent.key != lawyer), None)
        if first is None or first.gender not in (None, gender) or any(w in (first.title or "") for w in _CASE_POSTS):
            continue  # (a judge, prosecutor, minister or spokesman who spoke of the case is no client)
        score = 1 if first.gender == gender else 0
        if best is None or (score, rank) >= best[:2]:
            best = (score, rank, first.key)
    return [best[2]] if best else []


_COUNSEL_FOR = re.compile(r",\s+(?:an?|the|one\s+of\s+the)\s+(?:defen[cs]e\s+|human[\s-]rights\s+)?(?:lawyers?|attorneys?)\s+"
                          r"(?:for|representing|of)\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|"
                          r"several|many|most)\s+of\s+)?(?:the\s+)?")
_COUNSEL_STEMS = (" lawyer for ", " attorney for ", " lawyers for ", " representing ")


def counsel_for(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "X, a lawyer for six of the suspects, said": X ASSOCIATED_WITH the people (or group) the lawyer acts for."""
    if not contains_any(sent.text, _COUNSEL_STEMS):
        return []
    out: list[RawRelation] = []
    base = sent.start
    for m, nxt in zip(ms, ms[1:], strict=False):
        if m.kind == "Person" and m.entity and nxt.kind in ("Person", "Group") and nxt.entity and nxt.entity != m.entity \
                and _COUNSEL_FOR.fullmatch(sent.text, m.end - base, nxt.start - base):
            out.append(RawRelation(m.entity, "ASSOCIATED_WITH", nxt.entity, sent, m.start - base, "lawyer for",
                                   RelationStatus.ASSERTED, 0.65))
    return out


def _people(sent: Sentence, table: EntityTable) -> list[Mention]:
    return [p for p in table.mentions.get(id(sent), []) if p.entity and p.entity.startswith("Person:")]


def _protagonist(earlier: list[Sentence], table: EntityTable, other: str) -> list[str]:
    """The person named most so far (the later named on a tie), not ``other``."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for s in earlier:
        for p in _people(s, table):
            if p.entity and p.entity != other:
                counts[p.entity] += 1
                last[p.entity] = p.start
    if not counts:
        return []
    return [max(counts, key=lambda k: (counts[k], last[k]))]


def _last_pair(earlier: list[Sentence], table: EntityTable, other: str) -> list[str]:
    """The two people most recently named together: "A and B"."""
    for s in reversed(earlier[-_LOOKBACK:]):
        ps = sorted(_people(s, table), key=lambda p: p.start)
        for a, b in zip(reversed(ps[:-1]), reversed(ps[1:]), strict=True):
            if _AND_GAP.fullmatch(s.text[a.end - s.start : b.start - s.start]) \
                    and other not in (a.entity, b.entity) and a.entity != b.entity:
                return [e for e in (a.entity, b.entity) if e]
    return []
