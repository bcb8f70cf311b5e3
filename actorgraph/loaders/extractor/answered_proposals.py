"""An offer or a request told through its answer: whoever rejects, accepts or weighs an offer was made it, and
whoever turns down a request was asked.

- "Kenya turned down a Tanzanian offer of extra troops", "the council rejected a proposal from the union",
  "Lima dismissed the Chilean demands": the author named in the object (a modifier before the noun, or after
  "from"/"by") OFFERS / DEMANDS the one who answers;
- "Oslo has offered to host the talks, an offer Kigali rejected", "X asked the court to act, a request Y
  opposed": the noun sums up the act just told, and the name before the answering verb was its addressee;
- "Quito offered to send advisers, but Lima turned down the offer": "the offer" is the one made earlier in
  the same sentence.

The answer itself (REJECTS and the like) is the trigger rules' business; this adds only the offer or request.
"""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_ANSWER = (r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refus(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down|rebuff(?:s|ed|ing)?|"
           r"spurn(?:s|ed|ing)?|declin(?:e|es|ed|ing)|snub(?:s|bed|bing)?|ignor(?:e|es|ed|ing)|accept(?:s|ed|ing)?|"
           r"weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|"
           r"review(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|agree(?:s|d|ing)?\s+to|respond(?:s|ed|ing)?\s+to")
_OFFER_NOUNS = ("offer", "proposal", "invitation", "overture")
_NOUN = r"(?P<noun>offers?|proposals?|invitations?|overtures?|requests?|demands?|calls?|appeals?|ultimatums?)"
_ANSWER_VERB = re.compile(r"\b(?:" + _ANSWER + r")\b")
# the object of the answering verb: "a long-standing Indian proposal", "the Bulgarian demands", "her request"
_OBJECT = re.compile(r"\s+(?:(?P<det>the|a|an|her|his|this|that|these|those)\s+)?"
                     r"(?P<mods>(?:[\w\-.’'\"“”]+\s+){0,4}?)" + _NOUN + r"\b")
_FROM_AUTHOR = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?")
# ", an offer <Y> ... rejected": the noun sums up the act before the comma; <Y> answered it
_SUMMED = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+)?" + _NOUN + r"\s+(?:that\s+|which\s+)?(?:the\s+)?")
_THEN_ANSWER = re.compile(r"(?:\s+(?:[\w\-’']+)){0,4}?\s+(?:" + _ANSWER + r")\b")
# the act the summing noun stands for, when the trigger rules did not find its author
_ASKING = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
                     r"request(?:s|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing))\b")
_ACTORS = ("Person", "Organization", "Country", "Group")
_CUE = re.compile(r"(?:offer|proposal|invitation|overture|request|demand|call|appeal|ultimatum)s?\b")


def _type(noun: str) -> str:
    return "OFFERS" if noun.rstrip("s") in _OFFER_NOUNS else "DEMANDS"


def answered_proposals(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not ("offer" in text or "propos" in text or "request" in text or "demand" in text or "calls" in text or "call " in text
            or "appeal" in text or "invitation" in text or "overture" in text or "ultimat" in text) \
            or not _CUE.search(text):  # the nouns are lower-case in running text
        return []
    low = text.lower()
    ms = sorted((m for m in mentions if m.entity and m.kind in _ACTORS), key=lambda m: m.start)
    out: list[RawRelation] = []

    def add(author: Mention | str | None, rtype: str, answerer: Mention | str | None, at: int, word: str) -> None:
        a = author.entity if isinstance(author, Mention) else author
        b = answerer.entity if isinstance(answerer, Mention) else answerer
        if not a or not b or a == b or any((r.source, r.type, r.target) == (a, rtype, b) for r in found + out):
            return
        out.append(RawRelation(a, rtype, b, sent, at, word, RelationStatus.ASSERTED, 0.6))

    def earlier_author(rtype: str, before: int) -> str | Mention | None:
        """The author of the offer or request told earlier in the sentence."""
        own = [r for r in found if r.type == rtype and r.source and r.trigger_start < before]
        if own:
            return max(own, key=lambda r: r.trigger_start).source
        asking = [m for m in _ASKING.finditer(low, 0, before)]
        return main_subject(ms, text, base, asking[-1].start()) if asking else None

    for v in _ANSWER_VERB.finditer(low):
        obj = _OBJECT.match(low, v.end())
        if obj is None:
            continue
        rtype = _type(obj.group("noun"))
        mods_at, noun_at, noun_end = obj.start("mods"), obj.start("noun"), obj.end("noun")
        author: Mention | str | None = next((m for m in ms if mods_at <= m.start - base and m.end - base <= noun_at), None)
        if author is None:
            author = next((m for m in ms if m.start - base > noun_end
                           and _FROM_AUTHOR.fullmatch(low, noun_end, m.start - base)), None)
        if author is None and obj.group("det") in ("the", "this", "that"):
            author = earlier_author(rtype, v.start())
        if author is None and obj.group("det") in ("her", "his"):
            author = next((m for m in reversed(ms) if m.kind == "Person" and m.end - base <= v.start()), None)
        if author is None:
            continue
        answer: Mention | str | None = next((r.source for r in found if r.type == "REJECTS" and r.trigger_start == v.start() and r.source), None)
        if answer is None:
            left = [k for k, m in enumerate(ms) if m.end - base <= v.start()]
            k = subject_of(ms, left, text, base, v.start())
            answer = ms[k] if k is not None else None
        add(author, rtype, answer, v.start(), text[v.start() : v.end()])
    for summed in _SUMMED.finditer(low):
        m = next((m for m in ms if m.start - base == summed.end()), None)
        if m is None or not _THEN_ANSWER.match(low, m.end - base):
            continue
        rtype = _type(summed.group("noun"))
        add(earlier_author(rtype, summed.start()), rtype, m, summed.start("noun"), summed.group("noun"))
    return out
