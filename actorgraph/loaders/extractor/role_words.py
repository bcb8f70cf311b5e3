"""The role nouns of English news ("the chief executive of", "a spokeswoman for", "Y's defence minister") and
the standing tie each one states between a person and the body, state or person it names: leading it, holding
a post in it, membership, family, or a personal tie."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

LEAD = ("leader|head|chief|chairman|chairwoman|chairperson|chair|president|commander|commander-in-chief|director|"
        "director-general|director general|chief executive|chief executive officer|ceo|secretary-general|"
        "secretary general|general secretary|executive secretary|boss|managing director|executive director|mayor|governor|ruler|"
        "emir|prime minister|premier|king|queen|rector|coordinator|general coordinator|national coordinator|"
        "president pro tempore|president pro tem")
POST = ("spokesman|spokeswoman|spokesperson|speaker|official|minister|commissioner|ambassador|envoy|representative|negotiator|"
        "editor|editor-in-chief|reporter|correspondent|executive|manager|treasurer|secretary|officer|employee|"
        "researcher|scientist|engineer|analyst|economist|consultant|organiser|organizer|strategist|"
        "prosecutor|judge|diplomat|attaché|attache|board member|director of operations|adviser|advisor|aide|"
        "deputy|vice president|vice-president|vice chairman|deputy leader|deputy head|deputy chief|deputy director|"
        "undersecretary|under-secretary")
MEMBER = ("member|lawmaker|legislator|mp|senator|congressman|congresswoman|activist|fighter|militant|operative|"
          "candidate|nominee|loyalist|veteran|cadre|founding member|co-founder|founder|figure|stalwart|heavyweight")
KIN = ("son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|widow|widower|"
       "grandson|granddaughter|son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|stepson|"
       "stepdaughter|half-brother|half-sister")
PERSONAL = ("aide|adviser|advisor|lawyer|attorney|spokesman|spokeswoman|spokesperson|associate|business partner|"
            "partner|bodyguard|confidant|chief of staff|secretary|assistant|campaign manager|protégé|protege|"
            "right-hand man|deputy|biographer|doctor|driver")
ROLE = rf"(?P<role>{LEAD}|{POST}|{MEMBER}|{KIN}|{PERSONAL})"
MODS = (r"(?:(?:(?P<mod>deputy|vice|assistant|acting|associate|regional|local|political|military|legal|economic|"
        r"provincial|district|field|youth|women's|mission|country|advocacy|communications|programmes?|programs?|"
        r"research|policy|press|media|finance|operations|projects?|technical|medical|humanitarian|campaigns?|"
        r"investigations|outreach)\s+)|(?:(?:senior|top|long-?time|longtime|"
        r"leading|prominent|national|general|foreign|main|"
        r"powerful|influential|close|key|eldest|youngest|younger|elder|older|only|estranged|late|new|current|"
        r"sitting|elected|founding|de facto|self-styled|alleged|suspected|reputed)\s+))*")
DET = r"(?:(?P<det>the|an?|its|his|her|their)\s+)?"
PREP = (r"\s+(?:of|for|at|to|in|from|with|on)\s+(?:the\s+)?"  # "the daughter of the late oligarch X"
        r"(?:(?!(?:of|for|at|to|in|from|with|on|by|and|or|the|a|an)\s)[a-z][\w\-]*['’]?\s+){0,3}")  # "workers' union"
# a post left ("stepped down as", "resigned as", "was ousted as"): a former office, not recorded
LEFT_POST = re.compile(r"\b(?:(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+down|resign(?:s|ed|ing)?|"
                       r"quit(?:s|ting)?|retir(?:e|es|ed|ing)|(?:was|were|been|being)\s+(?:ousted|removed|dismissed|"
                       r"sacked|fired|deposed|replaced|succeeded))\s+as\b", re.I)
# "the head of the International Atomic Energy Agency, X" (the role and its body before the name)
ROLE_OF_BEFORE = re.compile(rf"(?:^|[^\w’'])(?P<det>the|an?)\s+{MODS}{ROLE}{PREP}$", re.I)
# ... and the body's unit or seat between the body and the name ("the head of the EU delegation in Tbilisi, X", "a
#   spokesman for the Y administration in Kabul, X"): still a post in the body (heading a unit of it: no lead; "the
#   Y administration": Y's own)
BODY_THEN_NAME = re.compile(r"(?:\s+(?P<unit>delegation|mission|office|bureau)|\s+(?:administration|government))?(?:\s+(?:based\s+)?in\s+"
                            r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s*,\s*")


def body_then_name(text: str, base: int, ms: list[Mention], idx: int, starts: list[int]) -> tuple[Mention, str | None] | None:
    """The person named after the body ``ms[idx]`` with only its unit or seat between (the seat's city or country
    may be a mention of its own), and the unit word; ``starts``: where each mention's name (or title) begins."""
    for k in (idx + 1, idx + 2):
        if k >= len(ms) or ms[k].kind not in ("Person", "Country") or k == idx + 2 and ms[idx + 1].kind != "Country":
            return None
        if ms[k].kind == "Person":
            hit = BODY_THEN_NAME.fullmatch(text, ms[idx].end - base, starts[k] - base)
            return (ms[k], hit.group("unit")) if hit else None
    return None
# free words before the role name its portfolio or region: "Y's defence minister", "Y's Central Asia researcher"
FREE = r"(?P<free>(?:(?!(?:former|ex|late|outgoing|of|and|or|the|a|an|to|for|in|with|who|which)\s)[\w\-]+\s+){0,2}?)"
_ADJECTIVE = re.compile(r"(?:[\w\-]*(?:al|ary|ive|ian|ic|ese|ed|ing|ish|ous)|interim|first|second|deputy)$", re.I)


def portfolio(free: str | None) -> str | None:
    """The free words before a role when they name a portfolio or region ("trade chief", "Sahel researcher": a
    post under the head), not when they only describe the holder ("transitional president": still the head)."""
    words = (free or "").split()
    return free if words and not all(_ADJECTIVE.match(w) for w in words) else None


def kind(m: Mention) -> str | None:
    """The kind of a mention, or of the entity a kindless one ("Fidesz", a surname) was resolved to."""
    return m.kind or ((m.entity or "").partition(":")[0] or None)


def as_kind(m: Mention) -> Mention:
    if m.kind is not None:
        return m
    from dataclasses import replace

    return replace(m, kind=kind(m))


def kind_of(role: str) -> str:
    role = role.lower()
    for pattern, name in ((KIN, "kin"), (LEAD, "lead"), (MEMBER, "member"), (POST, "post")):
        if re.fullmatch(pattern, role):
            return name
    return "personal"


def relation(role: str, mod: str | None, det: str | None, target: Mention) -> str | None:
    tie = kind_of(role)
    if tie == "kin":
        return "FAMILY_OF" if target.kind == "Person" else None
    if target.kind == "Person":  # "an aide to X", "X's lawyer": a personal tie between two people
        return "ASSOCIATED_WITH" if re.fullmatch(PERSONAL, role.lower()) or tie == "member" else None
    if target.kind not in ("Organization", "Country"):
        return None
    if tie == "member":
        return "ASSOCIATED_WITH" if role.lower() in ("founder", "co-founder") else "MEMBER_OF"
    if role.lower() == "commissioner" and target.kind == "Organization" and not mod and (det or "").lower() != "a" \
            and _POLICE_FORCE.search(target.name):
        return "LEADS"  # "X, commissioner of the Royal Fiji Police Force": the force's head
    if tie == "lead":
        indefinite = (det or "").lower() in ("a", "an") and role.lower() != "leader"  # "a leader of the union": one
        return "HOLDS_POSITION" if mod or indefinite else "LEADS"  # of its leaders, still at its head
    if role.lower() in ("lawyer", "attorney", "associate", "business partner", "partner", "consultant"):
        return "ASSOCIATED_WITH"
    if target.kind == "Country" and target.via == "country" and role.lower() in _STAFF | _OBSERVERS \
            and target.surface != target.name:
        return None  # "an analyst in Lagos": where the analyst works, not for whom
    if role.lower() in _STAFF and target.kind == "Organization":
        return "MEMBER_OF"  # "a researcher at the institute Y": on its staff, not in one of its posts
    return "HOLDS_POSITION"


_POLICE_FORCE = re.compile(r"\b(?:police|constabulary|gendarmerie)\b", re.I)
_STAFF = frozenset("researcher scientist engineer analyst economist employee".split())
# (a reporter or correspondent for an outlet holds a post there, as a journalist does: "X, a correspondent for AFP")
_OBSERVERS = frozenset("lawyer attorney consultant activist editor journalist reporter correspondent".split())


_COUNTERPART = re.compile(r"\bcounterparts?$", re.I)


def named_after_role(ms: list[Mention], k: int, text: str, base: int) -> re.Match[str] | None:
    """The role before ``ms[k]`` when the person named right after it holds that role ("his Peruvian counterpart,
    Luis Quispe", "the head of the X, Y", "the ambassador of Chile, Y"): the person is the party."""
    m = ms[k]
    if k + 1 >= len(ms) or ms[k + 1].kind != "Person" or not re.fullmatch(r",\s+", text[m.end - base : ms[k + 1].start - base]):
        return None
    return _COUNTERPART.search(m.surface) or ROLE_OF_BEFORE.search(text, max(0, m.start - base - 80), m.start - base)
