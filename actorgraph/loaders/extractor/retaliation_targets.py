"""Retaliation warnings that name whom they are aimed at: "X warned (on Sunday) that it would retaliate against Y",
"said its government would respond firmly to any attack by Y", "warned of consequences for Y", "vowed a swift response
to any strike by Y", "said any incursion by Y would not go unanswered" -> X THREATENS Y. Without a name the warning
is still X's threat, to whoever acted against X's side last (settled in discourse, as events_threats does).

``named_target`` is what events_threats asks after its own retaliation and "warned of" patterns; ``retaliation_warnings``
reads the two shapes it has no pattern for: a promised response named by a noun, and a warning about "any attack"."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_part

# an act of the other side the warning answers: "any (further) attack by", "a new incursion from"
_HOSTILE_ACT = (r"(?:attacks?|strikes?|aggression|incursions?|provocations?|violations?|hostile\s+acts?|hostilities|"
                r"escalation|moves?|steps?|actions?|attempts?)")
_HOSTILE_BY = (r"(?:any|an?|the|further|future|new|such|every)\s+(?:(?:further|new|future|possible|fresh|military|"
               r"armed)\s+)?(?:[\w\-]+\s+)?" + _HOSTILE_ACT + r"\s+(?:by|from)\s+(?:the\s+)?")
# between the warning's verb phrase and the party aimed at
_TARGET_GAP = re.compile(r"^[\"”’]?\s*(?:[\w\-]+ly)?\s*(?:in\s+kind)?\s*[\"”’]?\s*(?:(?:against|on|at|for|to)\s+(?:the\s+)?|"
                         r"(?:to|for|against)\s+" + _HOSTILE_BY + r")$", re.I)


def named_target(ms: list[Mention], text: str, base: int, end: int) -> Mention | None:
    """The actor a retaliation phrase ending at ``end`` is aimed at: "retaliate against Y", "respond firmly to any
    attack by Y", "consequences for Y" (``ms``: the sentence's resolved mentions in order)."""
    for m in ms:
        at = m.start - base
        if at < end:
            continue
        if at - end > 90 or m.kind not in ACTOR_KINDS or m.possessive:
            return None  # (not "a response to Peru's request": what is answered, not whom)
        if m.kind == "Country" and _TO_ANY.match(text[end:at]) and _HOSTILE_AFTER.match(text, m.end - base):
            return m  # "respond to any Indian aggression": the state whose act is answered
        return m if _TARGET_GAP.match(text[end:at]) else None
    return None


# "to any (further) ", then a state's demonym and its act: "respond to any Indian aggression", "retaliate against any
#   new Peruvian incursion"
_TO_ANY = re.compile(r"^[\"”’]?\s*(?:[\w\-]+ly\s+)?(?:to|against|for)\s+(?:any|every)\s+(?:(?:further|new|future|possible|fresh)\s+)?$",
                     re.I)
_HOSTILE_AFTER = re.compile(r"\s+(?:(?:military|armed)\s+)?" + _HOSTILE_ACT + r"\b")


_WARNING_PARTS = ("respon", "retaliat", "reprisal", "revenge", "unanswered", "unpunished", "met", "consequences", "war",
                  "aggression")  # one is in every _PROMISED_RESPONSE / _ANY_ATTACK match
# "vowed a swift response", "promised a 'crushing' response", "pledged retaliation": a response named by a noun
#   (the verb with "to retaliate" is the trigger table's, "warned of" events_threats')
_PROMISED_RESPONSE = re.compile(r"\b(?P<verb>vowed|vows|promised|promises|pledged|pledges|threatened|threatens)\s+(?:an?\s+|the\s+)?[\"“]?"
                                r"(?:[\"“]?[\w\-]+[\"”]?\s+){0,2}?[\"”]?(?:response|retaliation|reprisals?|revenge)\b[\"”]?", re.I)
# 'said any (further) attack by Y "would not go unanswered"', "warned that any incursion would be met with force"
_SAID_THAT = re.compile(r"\b(?P<verb>said|says|warned|warns|told\s+(?:[\w\-]+\s+){0,4}?[\w\-]+|declared|stressed|vowed)"
                        r"(?:\s+(?:on|late\s+on|earlier\s+on|last)\s+\w+)?\s+(?:that\s+)?[\"“]?$", re.I)
_ANY_ATTACK = re.compile(r"\b(?:any|every|such\s+an?)\s+(?:(?:further|new|future|fresh|possible)\s+)?(?:[\w\-]+\s+)?"
                         + _HOSTILE_ACT + r"\b(?P<mid>[^.;]{0,110}?)[\"”]?\s+(?:would|will|could)\s+[\"“]?"
                         r"(?:not\s+go\s+(?:unanswered|unpunished)|be\s+met\s+(?:with|by)|(?:have|carry|bring|meet|draw|"
                         r"trigger|provoke)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:consequences|response|retaliation|"
                         r"reprisals?)|be\s+(?:considered|treated|regarded|seen)\s+as\s+(?:an?\s+)?(?:act\s+of\s+war|"
                         r"declaration\s+of\s+war|act\s+of\s+aggression))", re.I)
_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.I)
_VOW_PARTS = ("vow", "promis", "pledg", "threaten")  # one is in every _PROMISED_RESPONSE match (its verb)
_ANY_PARTS = ("any", "every", "such")  # one is in every _ANY_ATTACK match


_JOINED = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


def _agent(ms: list[Mention], text: str, base: int, at: int, headline: bool) -> Mention | None:
    """Who warns with the verb at ``at``; a verb joined to an earlier one ("X accused Y and vowed ...", a headline's
    "X blames Y for attacks, threatens response") is the sentence subject's, not the earlier verb's object's (in the
    body a comma before the verb more often closes an apposition: "X's leader, Y, vowed ...")."""
    joined = _JOINED.search(text, max(0, at - 12), at) or headline and text[:at].endswith(", ")
    if joined and ms and ms[0].start - base < at:
        return main_subject(ms, text, base, ms[0].end - base + 1) or ms[0]
    return main_subject(ms, text, base, at)


def retaliation_warnings(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not has_part(text, _WARNING_PARTS):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in list(_PROMISED_RESPONSE.finditer(text)) if has_part(text, _VOW_PARTS) else []:
        agent = _agent(ms, text, base, hit.start("verb"), sent.headline)
        if agent is None or agent.kind not in ACTOR_KINDS:
            continue
        target = named_target(ms, text, base, hit.end())
        out.append(RawRelation(agent.entity, "THREATENS", target.entity if target else None, sent, hit.start("verb"),
                               hit.group("verb"), RelationStatus.ASSERTED, 0.55, needs_partner=target is None))
    for hit in list(_ANY_ATTACK.finditer(text)) if has_part(text, _ANY_PARTS) else []:
        said = _SAID_THAT.search(text, max(0, hit.start() - 120), hit.start())
        if said is None:
            continue  # "any attack would have consequences for the region", the writer's: no one's warning
        agent = _agent(ms, text, base, said.start("verb"), sent.headline)
        if agent is None or agent.kind not in ACTOR_KINDS:
            continue
        target = next((m for m in ms if hit.start("mid") <= m.start - base < hit.end("mid") and m.kind in ACTOR_KINDS
                       and _BY.search(text, hit.start(), m.start - base)), None)
        if target is not None and target.entity == agent.entity:
            continue
        out.append(RawRelation(agent.entity, "THREATENS", target.entity if target else None, sent, said.start("verb"),
                               said.group("verb").split()[0], RelationStatus.ASSERTED, 0.55,
                               needs_partner=target is None))
    return out
