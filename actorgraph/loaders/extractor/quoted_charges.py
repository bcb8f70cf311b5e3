"""A charge or a demand quoted with its speaker: '"Moscow is arming the separatists," Ukraine's foreign minister
said' / '"Indonesia has appealed precisely to avoid complying," X, the Commission's trade chief, told reporters' /
'Kenya's foreign minister said: "Somalia is trying to destabilise the region."' -> the speaker ACCUSES Moscow /
Indonesia / Somalia; '"Britain must release our sailors," Iran's foreign minister said' -> he DEMANDS Britain. The
quotation is read as the reported clause of "X said Y ..." (reported.py, events_demands.py): its subject, named at
its opening, is charged with the hostile or illicit act it is said to do, or bound by the "must"/"should" put on
it; the speaker is the one named in the attribution right after the closing mark, or the subject of the speech
verb whose colon opens the quotation."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.events_demands import OBLIGATION
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.imputed_charges import imputed_to, may_accuse, reported_accusation
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.quoted_speakers import speaker_after_quotation
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# a quotation opening the sentence and closed by a comma, "?" or "!" (its attribution follows in the sentence)
_OPENING_QUOTE = re.compile(r"\s*[\"“](?P<body>[^\"“”]{6,400}?)[,?!]\s*[\"”]")
# a quotation opened by a speech verb's colon: 'X said: "..."', 'X told reporters in Kyiv: "..."'
_COLON_QUOTE = re.compile(r"\b(?P<verb>said|says|told\s+[^:;\"“”]{1,40}?|added|declared|stated|wrote|insisted)"
                          r"(?:\s+(?:in\s+a\s+statement|on\s+\w+)){0,2}\s*:\s*[\"“](?P<body>[^\"“”]{6,400}?)[.,?!]?\s*(?:[\"”]|$)")
_ACTORS = ("Person", "Organization", "Country")


def quoted_charges(sent: Sentence, mentions: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``mentions``: the sentence's resolved mentions; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if '"' not in text and "“" not in text:
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    if (quote := _OPENING_QUOTE.match(text)) is not None:
        close = quote.end() - 1
        speaker = speaker_after_quotation(ms, text, base, close, sent)
        out += _charges(sent, ms, speaker, quote.start("body"), quote.end("body"), close, affiliation)
    for quote in _COLON_QUOTE.finditer(text):
        speaker = main_subject(ms, text, base, quote.start("verb"))
        out += _charges(sent, ms, speaker, quote.start("body"), quote.end("body"), quote.start("verb"), affiliation)
    return out


def _charges(sent: Sentence, ms: list[Mention], speaker: Mention | None, start: int, end: int, at: int,
             affiliation: dict[str, str]) -> list[RawRelation]:
    """What the quotation between ``start`` and ``end`` (text offsets) charges its subject with or asks of it."""
    text, base = sent.text, sent.start
    inside = [k for k, m in enumerate(ms) if m.kind in _ACTORS and start <= m.start - base < end]
    if speaker is None or not inside:
        return []
    first = inside[0]
    if not re.fullmatch(r"(?:the\s+)?", text[start : ms[first].start - base], re.I):
        return []  # only the quotation's own subject ("The regime in Tehran ..." names none at its opening)
    group = [m for m in coordinated(ms, first, text, base, 1) if m.kind in _ACTORS]
    after = group[-1].end - base
    out: list[RawRelation] = []
    if imputed_to(text, base, ms[first], after, end):
        for one in group:
            if may_accuse(speaker, one, affiliation):
                out.append(reported_accusation(speaker.entity, one.entity, sent, at, "said"))
    elif OBLIGATION.match(text[after:end]) and not ms[first].possessive:
        for one in group:
            if may_accuse(speaker, one, affiliation):
                out.append(RawRelation(speaker.entity, "DEMANDS", one.entity, sent, at, "said",
                                       RelationStatus.ASSERTED, 0.55))
    return out
