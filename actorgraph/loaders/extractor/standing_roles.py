"""Standing ties told by an apposition that role_nouns' single-role shapes do not read:

    "A and B, leaders of the Y, were arrested"        -> A and B LEADS Y (one plural role for the people listed)
    "X, a Brussels lawyer representing Y"             -> X ASSOCIATED_WITH Y (a lawyer and the client)
    "X, a 22-year-old law student at the Y"           -> X MEMBER_OF Y (a student of a university or school)

The role noun decides the tie as elsewhere (role_words.relation)."""

from __future__ import annotations

import re
from functools import cache

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention, titled_start
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import as_kind, relation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

# "A and B, leaders of the Y" / "A and B, the two senior members of Y" / "..., both officials of Y" (the plural
#   roles news gives a list of people, each with its singular for role_words.relation)
_PLURALS = {"leaders": "leader", "heads": "head", "chiefs": "chief", "commanders": "commander", "founders": "founder",
            "co-founders": "co-founder", "members": "member", "officials": "official", "lawmakers": "lawmaker",
            "legislators": "legislator", "activists": "activist", "organisers": "organiser", "organizers": "organizer",
            "spokesmen": "spokesman", "spokeswomen": "spokeswoman", "executives": "executive", "directors": "director",
            "ministers": "minister", "envoys": "envoy", "representatives": "representative", "negotiators": "negotiator",
            "deputies": "deputy", "advisers": "adviser", "advisors": "advisor", "aides": "aide", "lawyers": "lawyer"}
_PLURAL_HINTS = ("s of ", "s for ", "s in ", "s at ", "s from ", "s with ")  # (a cheap test first)
_PLURAL_ROLE = (r"^\s*,\s+(?:(?:the|both|all|two|three|four|five|several)\s+)*(?P<mod>(?:senior|top|leading|"
                r"prominent|founding|deputy|regional|local|military|political)\s+)?"
                rf"(?P<role>{'|'.join(_PLURALS)})\s+(?:of|for|in|at|from|with)\s+(?:the\s+)?$")
# "X, a (Brussels) lawyer representing Y" / "X, the attorney who represents Y"
_LAWYER_FOR = (r"^\s*,\s+(?:an?|the|(?:his|her|their)\s+)\s*(?:[\w\-]+\s+){0,2}?(?:lawyer|attorney|counsel|"
               r"barrister|solicitor)\s+(?:representing|(?:who|which)\s+(?:represents|is\s+representing))\s+(?:the\s+)?$")
# "X, a (22-year-old) (law) student at the Y" -> a member of the university or school Y
_STUDENT_AT = r"^\s*,\s+an?\s+(?:\d+-year-old\s+)?(?:[a-z][\w\-]*\s+){0,2}?student\s+(?:at|of)\s+(?:the\s+)?$"
_SCHOOL = re.compile(r"\b(?:university|college|school|academy|institute|polytechnic)\b", re.I)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern of rare words, compiled the first time a sentence holds them (not at import)."""
    return re.compile(pattern, re.I)


def standing_roles(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
    represent, student = "represent" in text, "student" in text
    plural = contains_any(text, _PLURAL_HINTS)
    if not (represent or student or plural) or "," not in text:
        return out  # (most sentences: none of the words)
    for idx, m in enumerate(ms):
        if m.kind != "Person" or not m.entity or not text.startswith(",", m.end - base):
            continue
        # the body named next, past a count of people ("two leaders") or a seat standing for a body ("a Brussels
        #   lawyer") inside the apposition
        k = idx + 2 if idx + 2 < len(ms) and (ms[idx + 1].kind == "Group" or ms[idx + 1].via == "seat") else idx + 1
        if k >= len(ms):
            continue
        nxt = ms[k]
        if not nxt.entity or nxt.kind not in ("Organization", "Country", "Person"):
            continue
        gap = text[m.end - base : titled_start(sent, nxt) - base]
        ties: list[tuple[list[Mention], str | None]] = []
        if plural and nxt.kind != "Person" and any(h in gap for h in _PLURAL_HINTS) and (hit := _compiled(_PLURAL_ROLE).fullmatch(gap)):
            people = [p for p in coordinated(ms, idx, text, base, -1) if p.kind == "Person" and p.entity]
            if len(people) > 1:  # (det "two", "both": no single one of them is "a" leader)
                role, mod = _PLURALS[hit.group("role").lower()], (hit.group("mod") or "").strip().lower()
                ties.append((people, relation(role, mod if mod in ("deputy", "regional", "local", "military",
                                                                   "political") else None, None, as_kind(nxt))))
        if represent and _compiled(_LAWYER_FOR).fullmatch(gap):
            ties.append(([m], "ASSOCIATED_WITH"))
        if student and nxt.kind == "Organization" and _SCHOOL.search(nxt.name) and _compiled(_STUDENT_AT).fullmatch(gap):
            ties.append(([m], "MEMBER_OF"))
        for people, rel in ties:
            for p in people:
                if rel and p.entity != nxt.entity:
                    out.append(RawRelation(p.entity, rel, nxt.entity, sent, 0, gap.strip(" ,"),  # type: ignore[arg-type]
                                           RelationStatus.ASSERTED, 0.7))
    return out
