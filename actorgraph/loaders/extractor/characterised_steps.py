"""A step told in the main clause, then characterised in an apposition closing the sentence by someone else: "X barred
banks from dealing with Y, a step Mexican President Z called 'unacceptable'", "X advised its citizens against
travelling to Y, a move Japanese officials described as economic coercion" -> Z (Japan) ACCUSES X, the main clause's
subject; "X barred Y from entering the country, citing corruption, a designation he has called baseless" -> Y
DENIES X. Only a characterisation that condemns the step (or calls the designation false) counts: "a step Z called
historic" accuses no one."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

# ", a step (that) <critic> (has) called", ", a decision their parties described as": the step, its critic, the verb
_APPOSED_STEP = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?P<noun>steps?|moves?|decisions?|measures?|actions?|designations?|listings?)"
    r"\s+(?:that\s+|which\s+)?(?P<who>(?:[\w\-.’']+\s+){1,7}?)(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>called|calls|described\s+as|describes\s+as|branded|brands|termed|terms|labell?ed|denounced\s+as|"
    r"condemned\s+as)\s+", re.I)
# a whole word of every _APPOSED_STEP match, noun and verb: a sentence without both is not searched
_STEP_NOUNS = frozenset("step steps move moves decision decisions measure measures action actions designation "
                        "designations listing listings".split())
_STEP_VERBS = frozenset("called calls described describes branded brands termed terms labelled labeled denounced "
                        "condemned".split())
# what condemns a step, right after the verb ('"unacceptable"', "economic coercion", "an act of blackmail")
_CONDEMNING = re.compile(
    r"[\"“]?(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,3}?(?:unacceptable|illegal|illegitimate|unlawful|coercion|coercive|"
    r"provocat\w+|outrageous|hostile|coup|blackmail|arbitrary|unjust|scandalous|persecution|aggression|"
    r"interference|violation|betrayal|sham|farce|theft|piracy|bullying|intimidation|politically\s+motivated|"
    r"discriminatory|punitive|unfriendly|attack)\b", re.I)
# what calls a designation false ("baseless", "politically motivated", "a lie")
_FALSE = re.compile(r"[\"“]?(?:an?\s+|pure\s+|completely\s+)?(?:fabricat\w*|false|baseless|unfounded|groundless|"
                    r"untrue|lies|a\s+lie|absurd|nonsense|politically\s+motivated|slanderous)\b", re.I)
_ACTORS = ("Person", "Organization", "Country")
# the step's author opens the sentence, after a dateline's dash or a title at most ("X barred ...", "President X
#   ordered ..."), so it is the main clause's subject
_OPENER = re.compile(r"(?:[^\n]{0,80}?\s[—–-]\s)?(?:the\s+|The\s+)?(?:[A-Z][\w\-.’']*\s+){0,3}")


def characterised_steps(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if ", " not in text or not has_word(sent, _STEP_NOUNS) or not has_word(sent, _STEP_VERBS):
        return []
    out: list[RawRelation] = []
    ms: list[Mention] | None = None
    for hit in _APPOSED_STEP.finditer(text):
        designation = hit.group("noun").lower().startswith(("designation", "listing"))
        said = (_FALSE if designation else _CONDEMNING).match(text, hit.end())
        if said is None:
            continue
        ms = ms if ms is not None else resolved_in_order(mentions)
        critic = next((m for m in ms if hit.start("who") <= m.start - base < hit.end("who")), None)
        author = ms[0] if ms and _OPENER.fullmatch(text, 0, ms[0].start - base) and not ms[0].possessive else None
        if critic is None or author is None or critic.kind not in _ACTORS or author.kind not in _ACTORS \
                or critic.entity == author.entity or author.start - base >= hit.start():
            continue
        rel = RawRelation(critic.entity, "DENIES" if designation else "ACCUSES", author.entity, sent,
                          hit.start("verb"), hit.group("verb"), RelationStatus.ASSERTED, 0.55)
        out.append(rel)
    return out
