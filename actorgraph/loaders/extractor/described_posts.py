"""A person's post in a body that the apposition after the name describes instead of naming:

    "X, a spokeswoman for the foreign ministry, said"  /  "X, a foreign ministry spokeswoman, said"
    "X, the ministry's director of procurement, was questioned"
        -> X HOLDS_POSITION the story's state (a ministry, the presidency, the police stand for the state)
    "X, the association's deputy director"  /  "X, a spokesman for the bureau,"  /  "X, a bureau spokesperson,"
        -> X's post in the organisation named before whose name holds the noun ("the Anti-Fraud Bureau"),
           else the last organisation the sentence (or the one before) named.

"The group", "the union", "the bloc" are left alone (a rights group or "Group 24"? a trade union or the EU?), and
so is a former post. The role noun decides the tie as for named bodies (role_words.relation): heads lead, the
rest hold a post; a post in a ministry is never the head of the state. Also ``of_body``: "Judge X of the High
Court" holds the post in the court, not in the story's state."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import FREE, MODS, ROLE, portfolio, relation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.title_states import own_state

_STATE_NOUNS = ("ministry|government|presidency|cabinet|police|army|military|navy|armed forces|"
                "interior ministry|foreign ministry|defen[cs]e ministry|justice ministry|finance ministry")
_BODY_NOUNS = ("group|organi[sz]ation|company|firm|bureau|agency|association|federation|union|party|movement|"
               "commission|committee|council|court|tribunal|authority|institute|foundation|network|coalition|"
               "alliance|front|bank|broadcaster|newspaper|outlet|charity|militia|bloc|watchdog|regulator|"
               "operator|lender|miner|utility")
_NOUN = rf"(?P<noun>{_STATE_NOUNS}|{_BODY_NOUNS})"
_ADJ = r"(?:(?!(?:of|for|at|in|with|and|or|the|a|an|its|their|who)\s)[a-z][\w\-]*\s+){0,2}?"
_END = r"(?=\s*(?:[,.;:)]|$|\s+(?:said|says|told|and|who|was|is|has|had|have|were|added|urged|denied)\b))"
_REMIT = r"(?:\s+(?:of|for|on|in)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)?"  # "director of procurement"

# "X, a spokeswoman for the foreign ministry"
_ROLE_FOR = re.compile(rf"\s*,\s+(?P<det>the|an?)\s+{MODS}{ROLE}\s+(?:for|at|of|in|with)\s+(?:the|its|their)\s+"
                       rf"{_ADJ}{_NOUN}{_END}")
# "X, the ministry's director of procurement" / "X, the association's deputy director"
_NOUNS_ROLE = re.compile(rf"\s*,\s+(?:the|its|their)\s+{_ADJ}{_NOUN}['’]s?\s+{FREE}{MODS}{ROLE}{_REMIT}{_END}")
# "X, a foreign ministry spokeswoman" / "X, a bureau spokesperson" (the noun as a modifier)
_NOUN_ROLE = re.compile(rf"\s*,\s+(?P<det>the|an?)\s+{_ADJ}{_NOUN}\s+{MODS}{ROLE}{_REMIT}{_END}")
_FORMER = re.compile(r"\b(?:former|ex|onetime|one-time|retired|late)\b")
_GENERIC = frozenset({"group", "organisation", "organization", "union", "bloc"})  # (a trade union or the EU?)
_STATE = re.compile(rf"(?:{_STATE_NOUNS})$")
_NEEDS = ("ministry", "government", "presidency", "cabinet", "police", "army", "military", "navy", "forces",
          "group", "organis", "organiz", "company", "firm", "bureau", "agency", "association", "federation", "union",
          "party", "movement", "commission", "committee", "council", "court", "tribunal", "authority", "institute",
          "foundation", "network", "coalition", "alliance", "front", "bank", "broadcaster", "newspaper", "outlet",
          "charity", "militia", "bloc", "watchdog", "regulator", "operator", "lender", "miner", "utility")


def described_posts(sent: Sentence, ms: list[Mention], home: str | None, states: list[str] | None,
                    prev_subject: str | None, table: EntityTable | None) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if ", " not in text or not contains_any(text, _NEEDS):
        return []
    out: list[RawRelation] = []
    for idx, m in enumerate(ms):
        if m.kind != "Person" or not m.entity or m.possessive:
            continue
        at = m.end - base
        hit = _ROLE_FOR.match(text, at) or _NOUNS_ROLE.match(text, at) or _NOUN_ROLE.match(text, at)
        inside = [x for x in ms if at < x.start - base < hit.end()] if hit else []
        if hit is None or len(inside) > 1 or inside and (inside[0].end - base != hit.end("noun") or not inside[0].entity):
            continue  # a body named in the apposition is read by role_nouns
        noun = hit.group("noun")
        if _FORMER.search(hit.group(0)):
            continue  # "X, a former army officer": no longer
        if noun in _GENERIC:
            continue  # "the group's researcher", "the union's leader": which group or union is anyone's guess
        if inside:  # "X, the association's deputy director": the description coref resolved
            body = inside[0].entity
            kind = (body or "").partition(":")[0]
        elif _STATE.fullmatch(noun):
            body = own_state(text, base, ms, m, home, states) if home else None
            kind = "Country"
        else:
            body = named_body(table, noun.split()[-1], _last_org(ms[:idx], prev_subject), m.start)
            kind = "Organization"
        if kind not in ("Country", "Organization"):
            continue
        if body is None or body == m.entity:
            continue
        name = body.partition(":")[2]
        target = Mention(0, 0, 0, 0, name, name, kind, "described", entity=body)
        det = hit.groupdict().get("det") or "the"
        under = hit.group("mod") or portfolio(hit.groupdict().get("free"))
        rel = relation(hit.group("role"), under, det, target)
        if kind == "Country" and rel in ("LEADS", "MEMBER_OF"):
            rel = "HOLDS_POSITION"  # "the ministry's director": a post under the head of state
        if rel in ("LEADS", "HOLDS_POSITION", "MEMBER_OF"):
            r = RawRelation(m.entity, rel, body, sent, 0, hit.group(0).strip(" ,"), RelationStatus.ASSERTED, 0.65)
            if kind == "Country":
                r.props["affiliation"] = "inferred"  # the story's state, a guess the article may contradict
            out.append(r)
    return out


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def of_body(text: str, base: int, ms: list[Mention], idx: int) -> bool:
    """ "Judge X of the High Court": the titled person's post is in the body named right after the name."""
    nxt = ms[idx + 1] if idx + 1 < len(ms) else None
    return nxt is not None and nxt.kind == "Organization" and bool(
        _OF_THE.fullmatch(text[ms[idx].end - base : nxt.start - base]))


def _last_org(before: list[Mention], prev_subject: str | None) -> str | None:
    orgs = [p.entity for p in before if p.entity and (p.kind == "Organization" or p.kind is None and p.entity.startswith(
        "Organization:"))]
    if orgs:
        return orgs[-1]
    return prev_subject if (prev_subject or "").startswith("Organization:") else None


def named_body(table: EntityTable | None, noun: str, fallback: str | None, before: int | None = None) -> str | None:
    """ "The federation's president", "X, the ministry's director": the organisation named earlier whose name holds
    the noun (the last introduced of them; only those introduced before ``before`` when given), else ``fallback``."""
    if table is None:
        return fallback
    word = normalize_name(noun)
    if fallback in table.entities and word in table.entities[fallback].tokens:
        return fallback
    named = [e for e in table.of_kind("Organization") if word in e.tokens and (before is None or e.first < before)]
    return max(named, key=lambda e: e.first).key if named else fallback
