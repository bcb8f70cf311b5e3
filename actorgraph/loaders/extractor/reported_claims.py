"""Who a denial answers when no accusation was stated as such: the one who, just before, reported the act.

"The fishermen's union said the coast guard had rammed a boat. The coast guard denied ..." and "Six people
died when soldiers opened fire, according to a rights group. The army denied ..." answer the union and the
rights group: their report about the denier is the claim the denial rejects, so it is an accusation too. Looked for in the two sentences
before the denial, in its paragraph or the one before: a speaker ("X said", "X, which ..., said", "according
to X", "..., X said.") and, in what it reports, a mention of the denier's side."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_SPEECH = re.compile(r"\b(?:said|says|say|alleged|alleges|claimed|claims|reported|reports|told\s+[\w\-]+(?:\s+[\w\-]+)?)"
                     r"\b(?:\s+(?:on|last)\s+\w+)?(?:\s+that)?\s", re.I)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?", re.I)
_CLOSING = re.compile(r",\s+(?:the\s+)?[^,]{1,80}?\s(?:said|says|alleged|claimed)\s*[.!?\"”']*\s*$", re.I)
# the seat of a body named before it ("X's embassy in Stockholm said"): the place is no speaker
_SEAT_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$", re.I)
_SPEAKER_KINDS = ("Person:", "Organization:", "Country:", "Group:")
_LOOKBACK = 2
# a body of the executive speaks for its state; a commission, court or ombudsman may accuse it
_EXECUTIVE = frozenset("ministry department government police army navy military forces embassy presidency cabinet "
                       "treasury".split())


def reported_by(r: RawRelation, table: EntityTable,
                same_side: Callable[[str | None, str | None], bool]) -> tuple[str, Sentence] | None:
    """The speaker whose report about the denier's side, in the sentences just before, the denial answers,
    with the sentence of the report."""
    idx = next((k for k, s in enumerate(table.sentences) if s is r.sentence), 0)  # a headline has index -1
    for back in range(1, _LOOKBACK + 1):
        if idx - back < 0:
            break
        sent = table.sentences[idx - back]
        if sent.headline or r.sentence.paragraph - sent.paragraph > 1:
            break
        ms = [m for m in table.mentions.get(id(sent), []) if m.entity]
        speaker = _speaker(sent, ms, lambda m: same_side(m.entity, r.source))
        if speaker is not None:
            ent = table.entities.get(speaker)
            if ent is None or ent.outlet or same_side(speaker, r.source) or (
                    ent.kind == "Organization" and set(ent.tokens) & _EXECUTIVE and (r.source or "").startswith("Country:")):
                return None  # "the interior ministry said police acted lawfully": the state's own voice
            return speaker, sent
    return None


_CLAIM_REF = re.compile(r"^\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
                        r"(?:findings|report|reports|account|accounts|conclusions?|version|assessment|allegations?|"
                        r"claims?|accusations?|charges?)\b", re.I)


def answers_claim(r: RawRelation) -> bool:
    """A denial, or a rejection of a report ("rejected the findings", "dismissed the account"), which denies it."""
    return r.type == "DENIES" or (r.type == "REJECTS" and bool(
        _CLAIM_REF.match(r.sentence.text[r.trigger_start + len(r.trigger_text) :])))


def accusation(r: RawRelation, speaker: str, sent: Sentence) -> RawRelation | None:
    """The report a denial rejects, as the speaker's accusation of the denier (none for a hedged denial)."""
    if r.status not in (RelationStatus.ASSERTED, RelationStatus.REPORTED) or not r.source:
        return None
    said = _SPEECH.search(sent.text) or _ACCORDING.search(sent.text)
    return RawRelation(speaker, "ACCUSES", r.source, sent, said.start() if said else 0,
                       said.group().strip() if said else "", RelationStatus.ASSERTED, round(r.confidence * 0.5, 3),
                       props={"target": "discourse"})


_STATEMENT_REF = re.compile(r"^\s+(?:the|this|that|these|those|their|its|his|her)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:statements?|remarks|comments|appeal|call|warning|letter)\b", re.I)
_SPEECH_ACTS = ("ACCUSES", "DEMANDS", "THREATENS", "PROTESTS", "OFFERS", "REJECTS", "SUPPORTS")


def statement_authors(r: RawRelation, earlier: list[RawRelation],
                      same_side: Callable[[str | None, str | None], bool]) -> list[str] | None:
    """ "The US, Britain and Germany urged Kenya to ... . Kiprono dismissed the statement": a statement,
    remarks or an appeal is the latest speech act of another side, in this sentence or the two before, and
    each of those who made it together. None when the trigger is not about a statement."""
    if not _STATEMENT_REF.match(r.sentence.text[r.trigger_start + len(r.trigger_text) :]):
        return None
    for e in reversed(earlier):
        if r.sentence.index - e.sentence.index > 2:
            break
        if e.type in _SPEECH_ACTS and e.source and e.target and not same_side(e.source, r.source):
            return list(dict.fromkeys(x.source for x in earlier if x.sentence is e.sentence and x.type == e.type
                                      and x.source and not same_side(x.source, r.source)))
    return []


def _speaker(sent: Sentence, ms: list[Mention], denier_side: Callable[[Mention], bool]) -> str | None:
    text, base = sent.text, sent.start
    closing = _CLOSING.search(text)
    if closing:  # "... shot at the crowd, the rights group said."
        closers = [m for m in ms if m.start - base >= closing.start() and m.end - base <= closing.end()]
        if closers and any(denier_side(m) for m in ms if m.end - base <= closing.start()):
            return _as_speaker(closers[-1])
    for found in _ACCORDING.finditer(text):  # "... when police fired, according to the commission."
        who = next((m for m in ms if 0 <= m.start - base - found.end() <= 1), None)
        if who is not None and any(denier_side(m) for m in ms if m.end - base <= found.start()):
            return _as_speaker(who)
    said = _SPEECH.search(text)
    if said is None:
        return None
    # the subject: the last name before the first comma ("Regulator chief X, ...", "The union, which ..., said")
    comma = text.find(",")
    opening = [m for m in ms if m.end - base <= said.start() and (comma < 0 or m.start - base < comma)
               and not _SEAT_BEFORE.search(text[max(0, m.start - base - 6) : m.start - base])]
    subject = opening[-1] if opening else None
    if subject is None or subject.start - base > 40:
        return None
    if any(denier_side(m) for m in ms if m.start - base >= said.end()) and not denier_side(subject):
        return _as_speaker(subject)
    return None


def _as_speaker(m: Mention) -> str | None:
    return m.entity if m.entity and m.entity.startswith(_SPEAKER_KINDS) else None
