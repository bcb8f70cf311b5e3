"""Attacks told by who owns them: "X claimed responsibility for the bombing", "the group said it had carried out an
attack on an army post", "Y, which has carried out air strikes on depots inside Z". The claimant (or doer) attacked:
whoever the attack phrase names after "on", "against" or "inside"; else the one the sentence says was hit ("the
tanker X was struck by a drone ..., and Y claimed responsibility"); else, when the phrase names a state's forces or
posts ("an army post", "police stations"), the story's state."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.events_speech import speaker_agent
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_ATTACK_NOUN = (r"(?:attacks?|bombings?|ambush(?:es)?|(?:air|drone|missile|rocket)?\s*strikes?|airstrikes?|raids?|"
                r"shootings?|assaults?|blasts?|explosions?|shelling|massacres?|kidnappings?|abductions?|arson|"
                r"killings?|incursions?)")
# "claimed responsibility (for ...)", "took credit for", "carried out a separate attack", "carried out car bombings"
_OWNED = re.compile(r"\b(?P<verb>claim(?:s|ed|ing)?|accept(?:s|ed|ing)?|took|takes|taking|admitted)\s+(?:full\s+)?"
                    r"(?:responsibility|credit)\b(?:\s+for\s+(?P<claimed>[^.;]{0,160}))?"
                    r"|\b(?P<doer>carr(?:y|ies|ied|ying)|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|stag(?:e|es|ed|ing))\s+"
                    r"(?P<done>(?:out\s+)?(?:an?\s+|the\s+|its\s+|their\s+|most\s+of\s+the\s+|several\s+|dozens\s+of\s+|"
                    r"(?:two|three|four|five|six|\d+)\s+)?(?:[\w\-]+\s+){0,2}?" + _ATTACK_NOUN + r"\b[^.;]{0,120})", re.I)
_CARRIED = re.compile(r"carr(?:y|ies|ied|ying)\s*$", re.I)
_HEAD = re.compile(r"(?:[\w\-]+\s+){0,5}?" + _ATTACK_NOUN + r"\b", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:on|against|inside|targeting)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?$", re.I)
# the posts and forces of a state
_STATE_TARGETS = re.compile(r"\b(?:on|against|at|targeting)\s+(?:an?\s+|the\s+|its\s+)?(?:[a-z\-]+\s+){0,2}?"
                            r"(?:army|military|police|soldiers|troops|barracks|checkpoints?|convoys?|patrols?|"
                            r"garrisons?)\b")
_STRUCK = re.compile(r"^\s+(?:was|were|had\s+been|has\s+been)\s+(?:[\w\-]+\s+)?(?:struck|hit|attacked|bombed|shelled|"
                     r"targeted|ambushed|raided)\b")
_KINDS = ("Organization", "Country", "Group", "Person")


def claimed_attacks(sent: Sentence, mentions: list[Mention], home: str | None) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not any(w in text for w in ("responsibility", "credit", "carr", "conduct", "launch", "stag")):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _OWNED.finditer(text):
        s = hit.start("verb") if hit.group("verb") else hit.start("doer")
        if hit.group("doer") and not hit.group("done").lower().startswith("out") and _CARRIED.match(hit.group("doer")):
            continue
        agent = _agent(ms, text, base, s)
        if agent is None or agent.kind not in ("Organization", "Country", "Group"):
            continue
        phrase_at, phrase = (hit.start("claimed"), hit.group("claimed")) if hit.group("verb") else \
            (hit.start("done"), hit.group("done"))
        if hit.group("doer") and _in_words(phrase):
            continue  # "launched a scathing attack on X's policy"
        if hit.group("verb") and phrase is not None and not _HEAD.match(phrase):
            continue  # "took responsibility for the losses": no attack owned
        target = _target(ms, text, base, s, phrase_at, phrase, agent, home)
        if target is None or target == agent.entity:
            continue
        status = status_of(text, agent.end - base, s, "ATTACKS")
        trigger = text[s : hit.end("verb") if hit.group("verb") else hit.end("doer")]
        out.append(RawRelation(agent.entity, "ATTACKS", target, sent, s, trigger, status, 0.6))
    return out


def _in_words(phrase: str) -> bool:
    """Whether the phrase's attack is one in words ("a blistering attack on X", "an attack on X's decision")."""
    head = _HEAD.match(phrase)
    words = lexicon().figurative_attack
    return head is not None and words is not None and any(
        f.start() < head.end() <= f.end() for f in words.finditer(phrase.lower(), 0, head.end() + 120))


def _agent(ms: list[Mention], text: str, base: int, s: int) -> Mention | None:
    said = speaker_agent(ms, text, base, s, [])  # "the group said it had carried out ..."
    if said is not None:
        return said
    left = [k for k, m in enumerate(ms) if m.end - base <= s]
    k = subject_of(ms, left, text, base, s)
    return ms[k] if k is not None else None


def _target(ms: list[Mention], text: str, base: int, s: int, phrase_at: int, phrase: str | None, agent: Mention,
            home: str | None) -> str | None:
    if phrase is not None:
        end = phrase_at + len(phrase)
        for m in ms:
            if phrase_at <= m.start - base < end and m.kind in _KINDS + ("Vessel",) and m is not agent \
                    and _TARGET_BEFORE.search(text, max(0, m.start - base - 60), m.start - base):
                return m.entity
    hit = next((m for m in ms if m.end - base <= s and m is not agent and _STRUCK.match(text[m.end - base :])), None)
    if hit is not None:  # "the tanker X was struck by a drone ..., and Y claimed responsibility"
        return hit.entity
    if phrase is not None and home and agent.kind != "Country" and _STATE_TARGETS.search(phrase):
        return home  # "an attack on an army post", "car bombings against police stations"
    return None
