"""Actors introduced as accused, with the accuser named elsewhere in the sentence.

- A passive charge attributed at the sentence's close: "X (, who led the protests,) is accused of recruiting
  soldiers ..., the Investigative Committee said" -> the committee ACCUSES X.
- Named members of a set accused: "froze the accounts of 14 companies it accused of ..., including X" -> X.
- A described actor whose description holds the accuser's report: "named X, a Riga lender that it said had laundered
  money", "killing an A commander it accused of planning attacks" -> the clause's subject ("it") ACCUSES X, A.
"""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated, subject_of
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.imputed_charges import imputed_to, may_accuse, reported_accusation
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.quoted_speakers import speaker_after_quotation
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_ACTORS = ("Person", "Organization", "Country")
_PASSIVE_ACCUSED = re.compile(r"(?:,\s+(?:who|which)\s[^,;\"“”]{1,120},)?\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|stands|stood)\s+(?:also\s+)?"
                              r"(?:accused|suspected)\s+of\s+(?!(?:nothing|no)\b)")
# the attribution closing the sentence: ", the committee said in a statement.", ", X told reporters."
_CLOSING_SAID = re.compile(r"\b(?:said|says|told\s+[\w\-]+(?:\s+[\w\-]+)?|added|alleged|stated)\b[^,;\"“”]{0,50}"
                           r"[.!?\"”'’]*\s*$")


def passive_accused(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``ms``: the sentence's mentions; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if "accused of" not in text and "suspected of" not in text:
        return []
    ms = resolved_in_order(ms)
    out: list[RawRelation] = []
    for accused in ms:
        hit = _PASSIVE_ACCUSED.match(text, accused.end - base)
        if hit is None or accused.possessive or accused.kind not in _ACTORS:
            continue
        speaker = None
        for comma in (k for k, ch in enumerate(text) if ch == "," and k >= hit.end()):
            if _CLOSING_SAID.search(text, comma):
                speaker = speaker_after_quotation(ms, text, base, comma - 1, sent)
                if speaker is not None:
                    break
        if not may_accuse(speaker, accused, affiliation):
            continue
        out.append(reported_accusation(speaker.entity, accused.entity, sent, accused.end - base + hit.start(), "accused"))
    return out


_DESCRIBED_REPORT = re.compile(
    r"(?:,\s+an?\s+(?:[\w\-]+\s+){1,4}?(?:that|which|who|whom)|\s+(?:commanders?|leaders?|members?|officials?|"
    r"operatives?|financiers?|militants?|fighters?|figures?|units?|cells?|affiliates?|fronts?|subsidiar(?:y|ies))"
    r"(?:\s+(?:that|which|who|whom))?)\s+(?P<who>it|they)\s+(?P<verb>says?|said|alleges?|alleged|believes?|believed|"
    r"accuses?|accused|suspects?|suspected)\s+")
_CHARGE_VERBS = ("accuse", "accused", "accuses", "suspect", "suspected", "suspects")


def described_reports(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if " it " not in text and " they " not in text:
        return []
    ms = sorted((m for m in ms if m.entity and m.kind in _ACTORS), key=lambda m: m.start)
    out: list[RawRelation] = []
    for k, accused in enumerate(ms):
        hit = _DESCRIBED_REPORT.match(text, accused.end - base)
        if hit is None or accused.possessive and accused.kind != "Country":
            continue
        charge = hit.group("verb") in _CHARGE_VERBS
        if charge and not text.startswith("of ", hit.end()) \
                or not charge and not imputed_to(text, base, accused, hit.end(), len(text)):
            continue
        verb = re.search(r"[\w\-]+\s+(?:(?:the|a|an|[\w\-]+ing)\s+)?$", text[: accused.start - base])
        subj = subject_of(ms, list(range(k)), text, base, verb.start() if verb else accused.start - base)
        speaker = ms[subj] if subj is not None else None
        if speaker is None or speaker.entity == accused.entity or speaker.kind == "Person" and hit.group("who") == "it":
            continue
        rel = RawRelation(speaker.entity, "ACCUSES", accused.entity, sent, hit.start("who"), hit.group("verb"),
                          RelationStatus.ASSERTED, 0.55)
        rel.props["reported"] = "true"
        out.append(rel)
    return out


# "froze the accounts of 14 companies it accused of ..., including X and Y": the ones the list includes
_COUNTED_ACCUSED = re.compile(r"\s+(?:that\s+|which\s+|whom\s+|who\s+)?(?:it|they)\s+(?:accus(?:es|ed)|suspect(?:s|ed)|"
                              r"says?\s+(?:were|are|had|have)|said\s+(?:were|had))\s+")
_INCLUDING = re.compile(r",\s+(?:including|among\s+them)\s+(?:the\s+)?$")


def included_accused(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """Accusations of the named members of a set the speaker accused ("..., including X")."""
    text, base = sent.text, sent.start
    if "including" not in text and "among them" not in text:
        return []
    ms = resolved_in_order(ms)
    added: list[RawRelation] = []
    for k, counted in enumerate(ms):
        hit = _COUNTED_ACCUSED.match(text, counted.end - base)
        if hit is None or counted.kind != "Group":
            continue
        speaker = main_subject(ms, text, base, counted.start - base)
        first = next((m for m in ms[k + 1 :] if _INCLUDING.search(text, hit.end(), m.start - base)), None)
        if speaker is None or first is None or speaker.kind not in _ACTORS \
                or re.search(r"[;:]|\b(?:said|but)\b", text[hit.end() : first.start - base]):
            continue
        named = coordinated(ms, ms.index(first), text, base, 1)  # "including X, Y and Z"
        for one in named:
            if one.kind in _ACTORS and one.entity != speaker.entity:
                rel = RawRelation(speaker.entity, "ACCUSES", one.entity, sent, counted.end - base + hit.start(),
                                  hit.group().split()[1], RelationStatus.ASSERTED, 0.55)
                added.append(rel)
    return added
