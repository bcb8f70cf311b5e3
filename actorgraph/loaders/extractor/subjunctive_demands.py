"""An act demanded in the subjunctive is not done: "Kenya demanded that Uganda stop exports to Tanzania", "Kyrgyz
lawmakers demanded the government halt electricity exports", "insisted that Chile impose sanctions on X". The
demand is read (DEMANDS); the act asked for stood asserted, as if Uganda had stopped its exports (round 23; "urged
Uganda to stop ..." was already hypothetical). The clause's subject opens right after the demanding verb, and the
verb the act is told with is a bare base form, not a finite one ("demanded that Uganda explain why it had stopped")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.insisted_demands import FINITE_VERB

_DEMANDED = re.compile(r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|"
                       r"request(?:s|ed|ing)?|urg(?:e|es|ed|ing))(?:\s+that)?\s+(?:[\w\-.’']+\s+){0,4}?[\w\-.’']+$", re.I)
_ADVERB_GAP = re.compile(r"\s*(?:[a-z]+ly\s+)?")
_FIRST_WORD = re.compile(r"[a-z]+")


def demanded_act(sentence: str, agent_end: int, trigger_start: int) -> bool:
    """Whether the trigger at ``trigger_start``, right after its agent (ending at ``agent_end``), tells an act
    demanded of that agent in the subjunctive."""
    if not agent_end or not _ADVERB_GAP.fullmatch(sentence, agent_end, trigger_start) \
            or not _DEMANDED.search(sentence, max(0, agent_end - 80), agent_end):
        return False
    verb = _FIRST_WORD.match(sentence.lower(), trigger_start)
    return verb is not None and FINITE_VERB.fullmatch(verb.group(0)) is None and not verb.group(0).endswith("ing")
