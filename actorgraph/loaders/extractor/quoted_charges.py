"""A charge or a demand quoted before its speaker: '"Moscow is arming the separatists," Ukraine's foreign minister
said' / '"Indonesia has appealed precisely to avoid complying," X, the Commission's trade chief, told reporters' ->
the speaker ACCUSES Moscow / Indonesia; '"Britain must release our sailors," Iran's foreign minister said' -> he
DEMANDS Britain. The quotation is read as the reported clause of "X said Y ..." (reported.py, events_demands.py): its
subject, named at its opening, is charged with the hostile or illicit act it is said to do, or bound by the
"must"/"should" put on it; the speaker is the one named in the attribution right after the closing mark."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.events_demands import OBLIGATION
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.quoted_speakers import speaker_after_quotation
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.reported import imputed_to, may_accuse, reported_accusation
from actorgraph.loaders.extractor.text import Sentence

# a quotation opening the sentence and closed by a comma, "?" or "!" (its attribution follows in the sentence)
_OPENING_QUOTE = re.compile(r"\s*[\"“](?P<body>[^\"“”]{6,400}?)[,?!]\s*[\"”]")
_ACTORS = ("Person", "Organization", "Country")


def quoted_charges(sent: Sentence, mentions: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``mentions``: the sentence's resolved mentions; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if not text.startswith(('"', "“")) and not text.lstrip().startswith(('"', "“")):
        return []
    quote = _OPENING_QUOTE.match(text)
    if quote is None:
        return []
    close = quote.end() - 1
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    speaker = speaker_after_quotation(ms, text, base, close, sent)
    inside = [k for k, m in enumerate(ms) if m.kind in _ACTORS and quote.start("body") <= m.start - base < close]
    if speaker is None or not inside:
        return []
    first = inside[0]
    if not re.fullmatch(r"(?:the\s+)?", text[quote.start("body") : ms[first].start - base], re.I):
        return []  # only the quotation's own subject ("The regime in Tehran ..." names none at its opening)
    group = [m for m in coordinated(ms, first, text, base, 1) if m.kind in _ACTORS]
    end = group[-1].end - base
    body_end = quote.end("body")
    out: list[RawRelation] = []
    if imputed_to(text, base, ms[first], end, body_end):
        for one in group:
            if may_accuse(speaker, one, affiliation):
                out.append(reported_accusation(speaker.entity, one.entity, sent, close, "said"))
    elif OBLIGATION.match(text[end:]) and not ms[first].possessive:
        for one in group:
            if may_accuse(speaker, one, affiliation):
                out.append(RawRelation(speaker.entity, "DEMANDS", one.entity, sent, close, "said",
                                       RelationStatus.ASSERTED, 0.55))
    return out
