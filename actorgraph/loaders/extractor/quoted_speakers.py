"""Agents of acts told inside a direct quotation. A first-person subject ("we", "I") is the speaker, who may be named
after the quotation ('"We will never negotiate with Peru," X said' / '..., said X' / '..., X told reporters'); a
speaker named before it is the nearest actor on the left already. A quotation split by its attribution keeps its
own subject across it ('"Peru," X said, "has attacked Bolivia."': Peru attacked, not X)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import subject_of, titled_head
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS
from actorgraph.loaders.extractor.text import Sentence

_AUX = r"(?:will|would|shall|should|can|could|may|might|must|do|does|did|have|has|had|are|am|is|was|were|been|be|" \
       r"not|never|n['’]t|also|still|now|already|then|again|\w+ly)"
_FIRST_PERSON = re.compile(r"(?:^|[\s,;—–-])(?:we|i)\s+(?:" + _AUX + r"\s+){0,3}$", re.I)
_ONLY_AUX = re.compile(r"\s*(?:" + _AUX + r"\s+){0,3}$", re.I)
_SPEECH = r"(?:" + SPEECH_TAGS + r"|stated|declared|insisted|announced|warned)"
_SPEECH_FIRST = re.compile(r"\s*,?\s*" + _SPEECH + r"\s+")  # '," said X'
_SPEECH_AFTER = re.compile(r"\b" + _SPEECH + r"\b")  # '," X said'
_LEAD = re.compile(r"\s*,?\s*(?:[\w.\-’']+,?\s+){0,5}")  # a title, demonym or article before the speaker's name
_SPLIT = re.compile(r",\s*[\"”]\s*,?[^\"“”]{3,120}?\b" + _SPEECH + r"\b[^\"“”]{0,40},\s*$")  # '"Peru," X said, '


def quotation(text: str, at: int) -> tuple[int, int] | None:
    """The (opening mark, closing mark or end of text) of the quotation that position ``at`` is inside."""
    if '"' not in text and "“" not in text:
        return None  # (most sentences: no walk through the text)
    start = None
    for i, ch in enumerate(text[:at]):
        if ch == "“" or ch == '"' and start is None:
            start = i
        elif ch in "”\"" and start is not None:
            start = None
    if start is None:
        return None
    close = min((i for i in (text.find('"', at), text.find("”", at)) if i >= 0), default=len(text))
    return start, close


def speaker_after_quotation(ms: list[Mention], text: str, base: int, close: int, sent: Sentence) -> Mention | None:
    """The speaker named in the attribution right after a closing quotation mark."""
    after = [k for k, m in enumerate(ms) if m.start - base > close]
    if not after:
        return None
    if (said := _SPEECH_FIRST.match(text, close + 1)) and _LEAD.fullmatch(text, said.end(), ms[after[0]].start - base):
        return ms[titled_head(ms, after[0], sent)]  # '," said (Chile's president,) X'
    verb = _SPEECH_AFTER.search(text, close + 1)
    if verb is None or '"' in text[close + 1 : verb.start()] or "“" in text[close + 1 : verb.start()]:
        return None
    left = [k for k in after if ms[k].end - base <= verb.start()]
    if not left or not _LEAD.fullmatch(text, close + 1, ms[left[0]].start - base):
        return None  # the attribution opens right after the quotation
    k = subject_of(ms, left, text, base, verb.start())
    return ms[titled_head(ms, k, sent)] if k is not None else None


def quoted_agent(ms: list[Mention], text: str, base: int, s: int, sent: Sentence) -> Mention | None:
    """The agent of a verb at ``s`` inside a quotation whose subject is not named beside it, or None."""
    span = quotation(text, s)
    if span is None:
        return None
    opening, close = span
    if (first := _FIRST_PERSON.search(text[opening + 1 : s])) is not None:
        speaker = speaker_after_quotation(ms, text, base, close, sent) if close < len(text) else None
        if speaker is not None and speaker.via == "pronoun" and "we" in first.group().lower():
            return None  # '"We offered X a solution," he said': a leader's "we" may be the state's (left unsure)
        return speaker
    if _ONLY_AUX.fullmatch(text[opening + 1 : s]) and _SPLIT.search(text, 0, opening):
        part_end = text.rfind(",", 0, max(text.rfind('"', 0, opening), text.rfind("”", 0, opening)))
        return next((m for m in ms if m.end - base == part_end), None)  # '"Peru," X said, "has ...': Peru
    return None
