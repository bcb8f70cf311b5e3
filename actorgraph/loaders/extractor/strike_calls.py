"""A body that calls or stages industrial or street action names no target: "The union called an indefinite strike",
"the party condemned the verdict and called a general strike for next week", "the union would stage protests in the
main farming districts" -> the body PROTESTS the state the story is set in (hypothetical when still to come); "has
threatened street protests if no talks are scheduled", "threatened to call a strike if the crossings were not
reopened" -> the body THREATENS that state. A strike aimed at someone the sentence names ("a strike against X",
"protests outside the embassy of X") is the trigger rules' own, and so is a counted crowd that marched
(group_protests.py). Who led or joined a protest ("who had led a protest outside the courthouse", "Members of the
teachers' union also joined the protest") protests the same way."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_ACTION = (r"(?:(?:a|an|new|fresh|more|further|nationwide|national|mass|street|general|indefinite|open-ended|"
           r"week-long|\w+-day|\w+-hour)\s+)*(?:general\s+strike|strikes?|protests|demonstrations|rallies|sit-ins|"
           r"walkouts?|stoppages?|boycott)")
_CALL = re.compile(
    r"\b(?P<verb>(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|plann?(?:s|ed|ing)?|promis(?:es|ed|ing))\s+(?:to\s+(?:call|stage|"
    r"hold|launch|organi[sz]e|start|begin|go\s+on)\s+)?" + _ACTION
    + r"|(?:called|calls|call|calling)\s+(?:for\s+)?(?:a|an)\s+" + _ACTION
    + r"|(?:stag|organi[sz]|launch|announc)(?:e|es|ed|ing)\s+" + _ACTION + r")\b", re.I)
# "who had led a protest outside the courthouse", "Members of the teachers' union also joined the protest"
_LED = re.compile(r"\b(?P<verb>(?:led|leads|leading|organi[sz](?:ed|es|ing)|joined|joins|joining)\s+(?:a|an|the|last\s+"
                  r"week's|\w+day's)\s+(?:[\w\-]+\s+)?(?:protests?|marches|march|rall(?:y|ies)|demonstrations?|sit-ins?|"
                  r"strikes?))\b")
_MEMBERS_OF = re.compile(r"(?:^|\s)(?:members|supporters|activists)\s+of\s+(?:the\s+)?$", re.I)
_AIMED = re.compile(r"\s+(?:against|at|on|outside|in\s+front\s+of|over)\s+(?:the\s+)?[A-Z]")
# "organised a rally in support of the law", "held marches in solidarity with X": backing, no protest (round 31)
_SUPPORTIVE = re.compile(r"\s+(?:(?:on\s+\w+\s+)?in\s+(?:support|favou?r|defen[cs]e|solidarity)\s+(?:of|with)|"
                         r"to\s+(?:support|back|celebrate|welcome|thank)|for\s+(?:the\s+)?(?:law|bill|government)\b)")
# ... and one in support of the state's own act or government backs the state: "a rally in support of the law"
_STATE_BACKED = re.compile(r"\s+in\s+(?:support|favou?r|defen[cs]e)\s+of\s+(?:the|its)\s+(?:new\s+)?"
                           r"(?:law|bill|ban|decision|measures?|government|policy)\b")
_BODIES = ("Organization", "Group")
_CUES = ("strike", "protest", "demonstration", "rall", "march", "sit-in", "walkout", "stoppage", "boycott")


def strike_calls(sent: Sentence, mentions: list[Mention], story_state: Callable[[], str | None],
                 table: EntityTable) -> list[RawRelation]:
    text = sent.text
    low = text.lower()  # (as case-blind as _CALL: "a General Strike")
    if sent.headline or not contains_any(low, _CUES):
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in [*_CALL.finditer(text), *_LED.finditer(text)]:
        if _AIMED.match(text, hit.end()):
            continue  # "a strike against X": the trigger rules' own target
        supportive = _SUPPORTIVE.match(text, hit.end()) is not None  # "a rally in support of the law": no protest
        if supportive and not _STATE_BACKED.match(text, hit.end()):
            continue
        led = hit.re is _LED
        agent = _members_body(ms, text, base, hit.start()) if led else None
        agent = agent or main_subject(ms, text, base, hit.start())
        if agent is None or agent.kind not in _BODIES + (("Person",) if led else ()) or not agent.entity:
            continue
        state = _conditioned(ms, text, base, hit.end(), table) or story_state()
        if state is None or state == agent.entity:
            continue
        threat = hit.group("verb").lower().startswith(("threaten", "vow"))
        rel_type = "SUPPORTS" if supportive else "THREATENS" if threat else "PROTESTS"
        out.append(RawRelation(agent.entity, rel_type, state, sent, hit.start(), hit.group("verb"),
                               status_of(text, agent.end - base, hit.start(), rel_type), 0.55))
    return out


_IF = re.compile(r"\s+(?:[\w\-]+\s+){0,6}?(?:if|unless|until)\s+(?:the\s+)?$")
_IF_THE = re.compile(r"\s+(?:[\w\-]+\s+){0,6}?(?:if|unless|until)\s+the\s+(?P<word>[a-z]+)\s+(?:\w+s|\w+ed|does|did|is|was)\b")


def _conditioned(ms: list[Mention], text: str, base: int, end: int, table: EntityTable) -> str | None:
    """ "threatened a general strike if the assembly ratifies the deal": the body whose act the threat turns on,
    named or (as "the assembly") the one body of the story with that word in its name."""
    for m in ms:
        if m.start - base >= end and m.kind in ("Organization", "Country") and _IF.fullmatch(text[end : m.start - base]):
            return m.entity
    hit = _IF_THE.match(text, end)
    if hit is None:
        return None
    bodies = [e.key for e in table.of_kind("Organization") if hit.group("word") in e.tokens]
    return bodies[0] if len(bodies) == 1 else None


def _members_body(ms: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """ "Members of the Ceylon Teachers' Union, which ..., also joined the protest": the body whose members act."""
    for m in ms:
        if m.start - base >= at:
            return None
        if m.kind == "Organization" and _MEMBERS_OF.search(text[: m.start - base]) and m.start - base < 40:
            return m
    return None
