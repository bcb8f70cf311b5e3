"""Threats made in reported speech: "X said the hostage would be shot if ...", "warned that the capital's hotels
would be next", "warned that Y's managers could face prosecution" -> X THREATENS them (and "said its leaders would face
charges" -> X THREATENS the party that owns them, named earlier in the sentence); "X warned that Moscow would retaliate"
-> X THREATENS whoever acted against its side last (settled in discourse), as does "X warned of a nationwide
shutdown"."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.retaliation_targets import named_target
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_SAY_OR_WARN = (r"\b(?P<verb>said|says|warned|warns|warning|threatened|threatens|vowed|vows|declared|added|"
                r"told(?=\s+(?:[\w\-’']+\s+){1,6}?that\s)\s+(?:[\w\-’']+\s+){0,5}?[\w\-]+)"  # "told reporters (on X) that"
                r"(?:\s+(?:(?:on|late on|earlier on|last)\s+\w+|(?i:mon|tues|wednes|thurs|fri|satur|sun)day))?(?:\s+that)?\s+(?:the\s+)?")
_SAY_BEFORE = re.compile(_SAY_OR_WARN + r"$")
# "<Y>('s hotels) would be shot / pursued for life / next"
_HARMED_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:[\w\-]+\s+){1,4}?(?:and\s+(?:[\w\-]+\s+){1,2})?)?\s*[\"“]?(?:would|will|could|might)\s+[\"“]?(?:soon\s+|also\s+)?be\s+"
    r"[\"“]?(?:shot|killed|executed|beheaded|punished|pursued|hunted|arrested|prosecuted|targeted|attacked|destroyed|"
    r"crushed|wiped\s+out|next|held\s+(?:accountable|responsible)|made\s+to\s+pay|detained|jailed|expelled|"
    r"sanctioned|seized|banned)\b"
    r"|^(?:['’]s?\s+(?:[\w\-]+\s+){1,4}?)?\s*[\"“]?(?:would|will|could|might)\s+[\"“]?(?:soon\s+|also\s+)?face\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:prosecution|charges|prison|jail|arrest|sanctions|consequences|justice|punishment|trial|expulsion|penalties|"
    r"tariffs|duties|fines|retaliation|reprisals?|repercussions|(?:counter-?)?measures|fate)\b"
    # a cost the speaker holds out: "would pay a heavy price", "would receive the same treatment", "could lose access
    #   to our gas if it left the pact" (a loss only on a condition a party meets: "could lose its lead", "could lose
    #   billions if the drought goes on" are forecasts)
    r"|^(?:['’]s?\s+(?:[\w\-]+\s+){1,4}?)?\s*[\"“]?(?:would|will|could|might)\s+[\"“]?(?:soon\s+|also\s+)?"
    r"(?:pay\s+(?:a|the)\s+(?:[\w\-]+\s+)?price|(?:receive|get|suffer|meet)\s+the\s+same\s+(?:treatment|fate)|"
    r"lose\s+[^.;:]{1,80}?\s(?:if|unless)\s+(?:it|they|he|she|(?-i:[A-Z])[\w\-]+)\s)",
    re.I)
# "said its leaders would face prosecution", "warning that their crews could be detained": the owner is the party
_OWNED_HARMED = re.compile(_SAY_OR_WARN + r"(?P<owner>its|their)(?=\s+[\w\-]+)")
# "warned that Moscow would retaliate", "said it would respond in a mirror manner", "warned it would take 'necessary
#   measures'", "said Dushanbe 'reserves the right to take all necessary steps'" (not "its central bank would take ...")
_RETALIATION = re.compile(_SAY_OR_WARN + r"(?:[A-Z][\w\-]+|it|we|they|(?:his|her|its|their|our)\s+(?:government|"
                          r"country|army|forces|military)|the\s+government)\s+[\"“]?(?:(?:would|will|could)\s+(?:\w+ly\s+)?"
                          r"(?:[\"“]?continue\s+to\s+)?|(?:is|are|was|were)\s+[\"“]?(?:ready|prepared)\s+to\s+|"
                          r"[\"“]?reserve[sd]?\s+(?:its\s+(?:full\s+)?|the\s+)?right\s+(?:[^.;]{0,80}?\s+)?to\s+)[\"“]?"
                          r"(?:retaliate|respond(?!\s+to\s+(?:the|a|an|this|that|his|her|its|their|our)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:proposals?|requests?|letters?|questions?|offers?|invitations?|concerns?|queries|needs|"
                          r"appeals?|calls?|criticism|report|ruling)\b)|hit\s+back|take\s+(?:counter-?)?measures|take\s+reciprocal|"
                          r"(?:take\s+[\"“]?(?:the\s+|all\s+)?(?:necessary|appropriate|all\s+necessary|firm|resolute)\s+"
                          r"(?:counter-?)?(?:measures|steps|action)|take\s+all\s+(?:measures|steps)\s+necessary|"
                          # round 31: "would use all means (available) to protect", "take every measure against Y",
                          #   "will not stand idle", "would act again"
                          r"use\s+[\"“]?(?:all|every)\s+(?:[\w\-]+\s+){0,2}?means|take\s+(?:every|all)\s+(?:possible\s+)?"
                          r"(?:measures?|steps?)|not\s+(?:stand|sit|remain)\s+idl(?:e|y)|act\s+again)\b"
                          r"(?![\"”]?\s+to\s+(?!protect|defend|safeguard|uphold|preserve|any\s|further\s|future\s)[a-z]))\b")
# (not "to improve X", "respond to the letter"; but "respond to any attack by Y"; round 31: the modal may open a
#   quotation, 'said Moscow "will respond"', and "continue to" may come before the act)
# "warned of a nationwide shutdown / of reprisals": a threat to whoever acted against the speaker's side
_WARNED_OF = re.compile(r"\b(?P<verb>warned|warns|threatened|threatens)\s+of\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
                        r"(?:shutdown|strikes?|protests|unrest|retaliation|reprisals?|consequences|escalation|war|"
                        r"uprising|boycott|response)\b")
_OWNERS = ("Organization", "Country", "Group")
# "X denied that Kabul gave shelter to Y and warned that ...": a warning coordinated with an earlier verb of saying;
#   its subject is that verb's, not the subject of the clause the first verb reports
_AND_BEFORE = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?:also\s+)?$")
_FIRST_SAY = re.compile(r"\b(?:said|says|denied|denies|insisted|argued|claimed|stressed|noted|rejected|dismissed|"
                        r"accused|condemned)\b")


def _warner(ms: list[Mention], text: str, base: int, pos: int) -> Mention | None:
    """The subject of the warning verb at ``pos``: that of an earlier verb of saying it is coordinated with."""
    if _AND_BEFORE.search(text, max(0, pos - 20), pos):
        first = _FIRST_SAY.search(text, 0, pos)
        if first is not None and " that " in text[first.end() : pos]:
            return main_subject(ms, text, base, first.start())
    return main_subject(ms, text, base, pos)


# a part of every verb of _SAY_OR_WARN and _WARNED_OF (case as in them): a sentence with none threatens nothing here
_SAY_PARTS = ("said", "says", "warn", "threat", "vow", "declared", "added", "told")
_CUE_WORDS = ("would", "will", "could", "might", "warn", "threat", "reserve", "ready", "prepared")
_CUES = re.compile("|".join(rf"\b{w}" for w in _CUE_WORDS))  # each needs its word: a substring test first


def speech_threats(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not contains_any(text, _CUE_WORDS) or not contains_any(text, _SAY_PARTS) or not _CUES.search(text):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for m in ms:
        if m.kind not in ACTOR_KINDS or not _HARMED_AFTER.match(text[m.end - base :]):
            continue  # (the cheap tests first: the verb is looked for only before a harmed actor)
        said = _SAY_BEFORE.search(text, max(0, m.start - base - 80), m.start - base)
        if said is None:
            continue
        agent = _warner(ms, text, base, said.start("verb"))
        if agent is not None and agent.entity != m.entity and agent.kind in ACTOR_KINDS:
            out.append(RawRelation(agent.entity, "THREATENS", m.entity, sent, said.start("verb"),
                                   said.group("verb"), RelationStatus.ASSERTED, 0.6))
    owned = "its" in text or "their" in text  # (_OWNED_HARMED needs one)
    for said in list(_OWNED_HARMED.finditer(text)) if owned else []:
        if not _HARMED_AFTER.match("’s" + text[said.end("owner") :]):
            continue
        owner = next((m for m in reversed(ms) if m.end - base <= said.start("verb") and m.kind in _OWNERS), None)
        if owner is None:
            continue
        agent = main_subject(ms, text, base, said.start("verb"))
        if agent is not None and agent.entity == owner.entity:  # "X accused Y of ... and said its leaders",
            agent = main_subject(ms, text, base, owner.start - base)  # "X demanded that Y leave, warning that its"
        if agent is not None and agent.entity != owner.entity and agent.kind in ACTOR_KINDS:
            out.append(RawRelation(agent.entity, "THREATENS", owner.entity, sent, said.start("verb"),
                                   said.group("verb"), RelationStatus.ASSERTED, 0.55))
    for hit in [*_RETALIATION.finditer(text), *_WARNED_OF.finditer(text)]:
        agent = _warner(ms, text, base, hit.start("verb"))
        if agent is not None and agent.kind in ACTOR_KINDS:
            target = named_target(ms, text, base, hit.end())  # "retaliate against Y", "consequences for Y"
            if target is not None and target.entity == agent.entity:
                target = None
            out.append(RawRelation(agent.entity, "THREATENS", target.entity if target else None, sent,
                                   hit.start("verb"), hit.group("verb").split()[0], RelationStatus.ASSERTED, 0.55,
                                   needs_partner=target is None))
    return out
