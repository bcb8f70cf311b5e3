"""Charges told in the passive: "Peru's minister said the bombing was ordered by Chile's intelligence service",
"told reporters there was evidence that the blast ... had been carried out by X" -> the speaker ACCUSES X. As
with "X said Y attacked ..." (reported.py), a report that someone did a hostile act is an accusation, so that a
later "Chile rejected the accusations" answers the speaker."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_SPEECH = re.compile(r"\b(?:said|says|told\s+[\w\-]+(?:\s+[\w\-]+)?|reported|concluded|found|alleged|claimed|charged|"
                     r"insisted|added|stated)\b", re.I)
# a hostile act named as the subject of the passive, then its agent: "the blast ... was ordered by"
_HARM = re.compile(r"\b(?:the|this|that|these|those|an?|last\s+\w+['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|"
                   r"explosions?|sabotage|killings?|murders?|assassinations?|poisonings?|plots?|arson|shootings?|"
                   r"ambush(?:es)?|raids?|cyber-?attacks?|hacks?|massacres?|abductions?|kidnappings?)\b", re.I)
_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:ordered|carried\s+out|orchestrated|"
                 r"masterminded|planned|organi[sz]ed|directed|commissioned|perpetrated|staged|committed|financed|"
                 r"funded|sponsored|instigated)\s+by\s+(?:the\s+)?$", re.I)
_DENIAL = re.compile(r"\b(?:not|never|no|nothing|n[’']t|without|whether|if|doubt\w*|unclear|unlikely|deni\w+|reject\w*)\b", re.I)
_ACTORS = ("Person", "Organization", "Country")


def passive_charges(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``ms``: the sentence's actor mentions in order; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if " by " not in text:
        return []
    out: list[RawRelation] = []
    for accused in ms:
        at = accused.start - base
        by = _BY.search(text, max(0, at - 60), at)
        said = next((s for s in _SPEECH.finditer(text, 0, by.start()) if _HARM.search(text, s.end(), by.start())),
                    None) if by is not None else None
        if by is None or said is None or _DENIAL.search(text, said.end(), by.start()):
            continue
        speaker = main_subject(ms, text, base, said.start())
        if speaker is None or speaker.kind not in _ACTORS or speaker.entity in (None, accused.entity) \
                or affiliation.get(speaker.entity or "") == accused.entity:
            continue
        rel = RawRelation(speaker.entity, "ACCUSES", accused.entity, sent, said.start(), said.group(),
                          RelationStatus.ASSERTED, 0.55)
        rel.props["reported"] = rel.props["passive_charge"] = "true"  # answered only by its target's side
        rel.props["background"] = "1"  # the sentence's dates are the act's ("the blast on Nov 15"), not the charge's
        out.append(rel)
    return out
