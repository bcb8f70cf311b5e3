"""A call on a state's organ named only by its function is a demand on that state.

"The charity called on the interior ministry to suspend the expulsions", "the senator urged parliament to order
an audit", "accused of urging lawmakers to abandon the alliance": the ministry, parliament or lawmakers are
not actors of their own in the story; the one asked is the state the story is set in. Left to the trigger
rules when the organ is named with its state ("Kenya's parliament") or another actor is named in the clause,
and when the one calling is that state itself or speaks for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_ORGAN = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
                    r"petition(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+(?:the\s+)?(?:(?:federal|central|national|"
                    r"interim|transitional)\s+)?(?:(?:interior|justice|finance|foreign|defen[cs]e|health|education|"
                    r"labou?r|energy|mining|home)\s+ministry|ministry\s+of\s+\w+|parliament|legislature|congress|"
                    r"senate|lawmakers|legislators|(?:members\s+of\s+)?parliament|mps)\s+to\b")
# between a subject and its verb: a possessive, a bracket, an apposition, adverbs and auxiliaries
_ADJACENT = re.compile(r"(?:['’]s)?(?:\s*\([^()]*\))?(?:\s*,[^,;]{1,80},)?(?:\s+(?:also|has|have|had|again|then|"
                       r"repeatedly|earlier|later|on\s+\w+|last\s+\w+|\w+ly))*\s+")
# a caller who serves the state: its officials ask its organs as government business, not as demands
_EXECUTIVE = re.compile(r"\b(?:minister|president|premier|chancellor|secretary|spokes\w+|governor|ambassador|envoy|"
                        r"official|commissioner|prosecutor|attorney|general|chief)\b", re.I)
_JOINED = re.compile(r"\band\s+(?:also\s+)?$")
_POSTS = ("LEADS", "HOLDS_POSITION")


def organ_demands(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                  story_state: Callable[[], str | None], affiliation: dict[str, str]) -> list[RawRelation]:
    """``story_state`` gives the state the story is set in (asked only when an organ is called on)."""
    text = sent.text
    if sent.headline or not ("inistry" in text or "arliament" in text or "egislat" in text or "lawmakers" in text
                             or "ongress" in text or "enate" in text or "MPs" in text):  # a cheap pre-check
        return []
    state = story_state()
    if state is None:
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for verb in _ORGAN.finditer(text.lower()):
        s = verb.start()
        agent: Mention | None = None
        if _JOINED.search(text, max(0, s - 12), s):  # "accused X of ... and called on parliament to": the first verb's agent
            earlier = [r for r in found if r.source and r.trigger_start < s]
            key = max(earlier, key=lambda r: r.trigger_start).source if earlier else None
            agent = next((m for m in ms if m.entity == key), None) or _opening_subject(ms, text, base)
        else:  # the subject right before the verb ("X, a lawmaker, urged"), not a name further back
            left = [k for k, m in enumerate(ms) if m.end - base <= s]
            k = subject_of(ms, left, text, base, s)
            agent = ms[k] if k is not None and _ADJACENT.fullmatch(text, ms[k].end - base, s) else None
        if agent is None or _official(agent, text, base):
            continue
        if agent.kind not in ("Organization", "Group", "Person") or agent.entity == state or agent.country \
                or affiliation.get(agent.entity or "") == state \
                or any(r.source == agent.entity and r.type in _POSTS and r.props.get("affiliation") != "inferred"
                       for r in found):
            continue  # a state, or one who holds a post (told here or before), asking organs: government business
        out.append(RawRelation(agent.entity, "DEMANDS", state, sent, s, text[s : verb.end()].split()[0],
                               RelationStatus.ASSERTED, 0.55))
    return out


def _opening_subject(ms: list[Mention], text: str, base: int) -> Mention | None:
    """The name the sentence opens with when a verb follows it ("Save the Children said ... and called on")."""
    first = ms[0] if ms else None
    if first is None or first.start - base > 4 or not _OPENING_VERB.match(text, first.end - base):
        return None
    return first


def _official(agent: Mention, text: str, base: int) -> bool:
    """ "Finance Minister X", "X, the finance minister,": the caller's own title or apposition names a post."""
    before = text[max(0, agent.start - base - 30) : agent.start - base]
    title = before[before.rfind(",") + 1 :] if "," in before else before
    apposition = _APPOSITION.match(text, agent.end - base)
    return bool(_EXECUTIVE.search(title) or apposition and _EXECUTIVE.search(apposition.group(0)))


_OPENING_VERB = re.compile(r"(?:['’]s\s+\w+)?(?:\s*\([^()]*\))?(?:\s*,[^,;]{1,80},)?\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote|made|gave|took|sent|held|met|led|began|spoke)\b")
_APPOSITION = re.compile(r"\s*,[^,;]{1,80},")
