"""A detention told by a bare participle with no auxiliary, round 23: "three Georgian citizens detained in a raid
last week", "the activists arrested on Monday", "Nika Melia, jailed since May, ..." -> the acting state (found in
discourse, as for "X was detained") COERCES the ones named right before the participle; a by-phrase names the
agent ("two fishermen detained by the Indian navy"). The participle must be followed by what ends a reduced
relative (a preposition of time or place, a comma, the main verb), never by an object ("troops detained three
men": the troops act). "held" only with custody words ("held without charge", "held in Evin prison")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence, has_word
from actorgraph.loaders.extractor.voice_arguments import BY_NEXT

_PARTICIPLE_WORDS = frozenset({"detained", "arrested", "jailed", "imprisoned", "held"})
# the gap between the one held and the participle: nothing, an appositive comma, an adverb
#   (round 31: or an appositive noun phrase the participle ends, "X, a Chilean engineer held in Lima's Castro prison")
_GAP = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s+(?:an?|the)(?:\s+(?!(?:who|which|that|and|or|has|have|had|is|was|were|are|"
                  r"to|of|in|on|at|by|for|with)\b)[\w\-’']+){1,4}(?=\s+(?:detained|arrested|jailed|imprisoned|held)\b))?"
                  r"(?:\s*,)?\s+(?:(?:allegedly|reportedly|briefly|later|previously|also|all|both|"
                  r"initially|first|since|subsequently|recently|illegally|arbitrarily|unlawfully)\s+)?")
_PARTICIPLE = re.compile(r"\b(?P<verb>detained|arrested|jailed|imprisoned|held)\b")
# what may follow the participle of a reduced relative (not an object): a preposition, a time word, punctuation, a by-
#   phrase or the main clause's verb
_AFTER = re.compile(r"\s*[,.;:)]|\s+(?:in|on|at|during|since|after|following|last|earlier|this|over|for|without|near|"
                    r"amid|under|while|when|as|across|inside|outside|along|off|by|from|until|were|was|are|is|have|has|"
                    r"had|remain\w*|fac(?:e|es|ed)|includ\w+|will|would|could|may|must|should)\b")
# "held" is a detention only with custody words after it
_HELD_HOW = re.compile(r"\s+(?:(?:in|at)\s+(?:(?:police|military|pre-?trial|solitary|secret|a|an|the|[A-Z][\w\-]+(?:['’]s)?)\s+)"
                       r"{0,3}(?:custody|detention|prison|jail|confinement|cells?|camps?|facility|centre|center)\b|"
                       r"(?:(?:in|at)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?(?:since|for\s+(?:more\s+than\s+)?\w+\s+(?:days|weeks|"
                       r"months|years)|without\s+(?:charge|trial))|incommunicado)")
# an active clause whose object comes after a time word: "troops detained on Monday three men"
_OBJECT_AFTER_TIME = re.compile(r"\s+(?:on\s+\w+day|last\s+\w+|earlier\s+this\s+\w+|this\s+\w+)\s+(?:an?\s|the\s|\d|"
                                r"(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)\b|[A-Z])")
# the participle as an object's modifier after a verb of wanting or fearing, or a reporting verb's own ("said
#   detained"): no detention told
_NOT_TOLD = re.compile(r"\b(?:wants?|wanted|fears?|feared|wish\w*|hopes?|hoped)\s+(?:\w+\s+){0,3}$")
_HELD_KINDS = ("Person", "Group")
# the participle as the held one's adjective: "the jailed opposition leader X", "of detained journalist X",
#   "Belarus's imprisoned activist X" (the owner, a state, holds them)
_BEFORE_NAME = re.compile(r"(?:\b(?:the|a|an|of|for|its|their|his|her)|(?P<own>['’]s))\s+(?P<verb>detained|jailed|imprisoned)\s+"
                          r"(?:(?!(?:and|or|by|in|at|on)\b)[a-z][\w\-]*\s+){0,3}$")


def bare_detentions(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    if not has_word(sent, _PARTICIPLE_WORDS):
        return []
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for k, m in enumerate(ms):
        if m.kind not in _HELD_KINDS:
            continue
        adj = _BEFORE_NAME.search(text, max(0, m.start - base - 60), m.start - base)
        owner = ms[k - 1] if adj and adj.group("own") and k > 0 and ms[k - 1].end - base == adj.start("own") else None
        if adj and owner is not None and owner.kind == "Country":  # (unowned, the holder is too often misread: "X
            #   demanded the release of the jailed activist Y" is not X's act)
            out.append(RawRelation(owner.entity, "COERCES", m.entity, sent, adj.start("verb"), adj.group("verb"),
                                   status_of(text, adj.start("verb"), adj.start("verb"), "COERCES"), 0.6))
        gap = _GAP.match(text, m.end - base)
        hit = _PARTICIPLE.match(text, gap.end()) if gap else None
        if hit is None or (k + 1 < len(ms) and ms[k + 1].start - base < hit.end()):
            continue
        after = text[hit.end() :]
        verb = hit.group("verb")
        if not _AFTER.match(after) or verb == "held" and not (_HELD_HOW.match(after) or BY_NEXT.match(after)) \
                or _OBJECT_AFTER_TIME.match(after):
            continue
        if _NOT_TOLD.search(text, max(0, m.start - base - 30), m.start - base):
            continue
        by = None
        if BY_NEXT.match(after):
            by = next((x for x in ms[k + 1 :] if BY_NEXT.fullmatch(text[hit.end() : x.start - base])), None)
            if by is None or by.kind not in ("Country", "Organization"):
                continue  # "detained by masked men": nobody named, or not a state's act
        at = hit.start()
        for held in coordinated(ms, k, text, base, -1):  # "the captain, X, and 28 crew members, held in ..."
            if held.kind in _HELD_KINDS:
                out.append(RawRelation(by.entity if by else None, "COERCES", held.entity, sent, at, verb,
                                       status_of(text, held.start - base, at, "COERCES"), 0.6, implicit=by is None))
    return out


# an event noun heading the clause before the one "held" names (round 31): "the meeting with Peru's foreign minister X
#   was held in Lima in 2023", "the trial of X was held in Lima", "talks with Peru's envoy, X, were held in Lima for two
#   days" hold no one
_EVENT_SUBJECT = re.compile(r"\b(?:meetings?|talks|summits?|sessions?|conferences?|ceremon(?:y|ies)|rall(?:y|ies)|votes?|"
                            r"elections?|negotiations|consultations|referend(?:um|ums|a)|hearings?|funerals?|march(?:es)?|"
                            r"events?|discussions|dialogue|rounds?|visits?|calls?|exercises|drills|celebrations?|"
                            r"festivals?|forums?|congress(?:es)?|trials?|contests?|polls?)\b[^,;.!?]*(?:,\s*)?$")  # (", X," apposed)


def without_held_events(found: list[RawRelation], sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    """``found`` without the passive "held" detentions of one named inside an event's noun phrase."""
    if "held" not in sent.text:
        return found
    base = sent.start
    out = []
    for r in found:
        if r.type == "COERCES" and r.trigger_text == "held" and r.target:
            held = next((m for m in reversed(resolved_in_order(mentions))
                         if m.entity == r.target and m.end - base <= r.trigger_start), None)
            if held is not None and _EVENT_SUBJECT.search(sent.text, max(0, held.start - base - 60),
                                                          held.start - base):
                continue
        out.append(r)
    return out
