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
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_ORGAN = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
                    r"petition(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+(?:the\s+)?(?:(?:federal|central|national|"
                    r"interim|transitional)\s+)?(?:(?:interior|justice|finance|foreign|defen[cs]e|health|education|"
                    r"labou?r|energy|mining|home)\s+ministry|ministry\s+of\s+\w+|parliament|legislature|congress|"
                    r"senate|lawmakers|legislators|(?:members\s+of\s+)?parliament|mps)\s+to\b")
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
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    out: list[RawRelation] = []
    for verb in _ORGAN.finditer(text.lower()):
        s = verb.start()
        agent: Mention | None = None
        if _JOINED.search(text, max(0, s - 12), s):  # "accused X of ... and called on parliament to": the first verb's agent
            earlier = [r for r in found if r.source and r.trigger_start < s]
            key = max(earlier, key=lambda r: r.trigger_start).source if earlier else None
            agent = next((m for m in ms if m.entity == key), None)
        if agent is None:
            left = [k for k, m in enumerate(ms) if m.end - base <= s]
            k = subject_of(ms, left, text, base, s)
            agent = ms[k] if k is not None else None
        if agent is None:
            continue
        if agent.kind not in ("Organization", "Group", "Person") or agent.entity == state or agent.country \
                or affiliation.get(agent.entity or "") == state \
                or any(r.source == agent.entity and r.type in _POSTS and r.props.get("affiliation") != "inferred"
                       for r in found):
            continue  # a state, or one who holds a post (told here or before), asking organs: government business
        out.append(RawRelation(agent.entity, "DEMANDS", state, sent, s, text[s : verb.end()].split()[0],
                               RelationStatus.ASSERTED, 0.55))
    return out
