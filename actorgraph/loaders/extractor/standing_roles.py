"""Standing ties told by an apposition that role_nouns' single-role shapes do not read:

    "A and B, leaders of the Y, were arrested"        -> A and B LEADS Y (one plural role for the people listed)
    "X, a gang leader who acts as a spokesman for Y"  -> X HOLDS_POSITION Y (the role after a description)
    "X, a Brussels lawyer representing Y"             -> X ASSOCIATED_WITH Y (a lawyer and the client)
    "X, a 22-year-old law student at the Y"           -> X MEMBER_OF Y (a student of a university or school)

The role noun decides the tie as elsewhere (role_words.relation)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention, titled_start
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import (
    DET,
    LEAD,
    MEMBER,
    MODS,
    POST,
    PREP,
    ROLE,
    as_kind,
    relation,
)
from actorgraph.loaders.extractor.text import Sentence

# "A and B, leaders of the Y" / "A and B, the two senior members of Y" / "..., both officials of Y"
_PLURAL_ROLE = re.compile(rf"^\s*,\s+(?:(?P<det>the|both|all|two|three|four|five|several)\s+)*{MODS}"
                          rf"(?P<role>{LEAD}|{POST}|{MEMBER})s{PREP}$", re.I)
# "X, a gang leader who acts as a spokesman for Y" / "X, a businessman who now serves as an adviser to Y": a role held
#   now (not "who was", a post of the past)
_ROLE_AFTER_WHO = re.compile(rf"^\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){{1,4}}?who\s+(?:(?:now|also|currently)\s+)?"
                             rf"(?:(?:acts|serves|works)\s+as|is)\s+{DET}{MODS}{ROLE}{PREP}$", re.I)
# "X, a (Brussels) lawyer representing Y" / "X, the attorney who represents Y"
_LAWYER_FOR = re.compile(r"^\s*,\s+(?:an?|the|(?:his|her|their)\s+)\s*(?:[\w\-]+\s+){0,2}?(?:lawyer|attorney|counsel|"
                         r"barrister|solicitor)\s+(?:representing|(?:who|which)\s+(?:represents|is\s+representing))\s+"
                         r"(?:the\s+)?$", re.I)
# "X, a (22-year-old) (law) student at the Y" -> a member of the university or school Y
_STUDENT_AT = re.compile(r"^\s*,\s+an?\s+(?:\d+-year-old\s+)?(?:[a-z][\w\-]*\s+){0,2}?student\s+(?:at|of)\s+(?:the\s+)?$",
                         re.I)
_SCHOOL = re.compile(r"\b(?:university|college|school|academy|institute|polytechnic)\b", re.I)


def standing_roles(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base, out = sent.text, sent.start, []
    lower = text.lower()
    who, represent, student = " who " in lower, "represent" in lower, "student" in lower
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
        if (hit := _PLURAL_ROLE.fullmatch(gap)) and nxt.kind != "Person":
            people = [p for p in coordinated(ms, idx, text, base, -1) if p.kind == "Person" and p.entity]
            if len(people) > 1:  # (det "two", "both": no single one of them is "a" leader)
                ties.append((people, relation(hit.group("role"), hit.group("mod"), None, as_kind(nxt))))
        if who and (hit := _ROLE_AFTER_WHO.fullmatch(gap)):
            ties.append(([m], relation(hit.group("role"), hit.group("mod"), hit.group("det"), as_kind(nxt))))
        if represent and _LAWYER_FOR.fullmatch(gap):
            ties.append(([m], "ASSOCIATED_WITH"))
        if student and nxt.kind == "Organization" and _SCHOOL.search(nxt.name) and _STUDENT_AT.fullmatch(gap):
            ties.append(([m], "MEMBER_OF"))
        for people, rel in ties:
            for p in people:
                if rel and p.entity != nxt.entity:
                    out.append(RawRelation(p.entity, rel, nxt.entity, sent, 0, gap.strip(" ,"),  # type: ignore[arg-type]
                                           RelationStatus.ASSERTED, 0.7))
    return out
