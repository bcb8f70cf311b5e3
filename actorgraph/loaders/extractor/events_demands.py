"""Demands made in reported speech or as conditions: "X said the Forum should send a mission" -> X DEMANDS
the Forum; "X said the pilot would be shot if Indonesia did not withdraw" / "X threatened ... unless Jakarta
agrees" / "X would only reopen the border once Y released ..." / "X blocked it, saying Y must first ..." -> X DEMANDS
Y. A penalty the speaker holds over Y on that condition ("said Lima would consider all options / was prepared to take
Y to court if Y refused", "his clan would strike back unless Y handed over") is also X THREATENS Y."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_SPEECH = (r"said|says|saying|told\s+(?:reporters|journalists|parliament|lawmakers)|insisted|insists|argued|argues|"
           r"declared|wrote|stressed|added")
# "said (on Monday) (that) (the) <Y> should ..."
_SAID_BEFORE = re.compile(r"\b(?:" + _SPEECH + r")(?:\s+(?:on|late on|earlier on|last)\s+\w+)?(?:\s+that)?\s+(?:the\s+)?$")
# an obligation put on Y, not a judgement of Y's past ("should have known") or a wish about Y ("must be punished")
_OBLIGATION = re.compile(r"^(?:['’]s)?\s+(?:should|must|ought\s+to|needs?\s+to|had\s+to|has\s+to|have\s+to)"
                         r"(?!\s+(?:not\s+)?(?:have|be|been)\b)\b")
OBLIGATION = _OBLIGATION  # (also read in quotations: quoted_charges)
# "if <Y> did not / fails to ...", "unless <Y> ..."
# "... unless Y", "only once Y", "until Y", "on condition that Y": an act held back until Y does something
_CONDITION_BEFORE = re.compile(r"\b(?:unless|only\s+if|(?:on\s+(?:the\s+)?)?condition\s+that|provided\s+that|"
                               r"(?:only\s+)?once|until|only\s+(?:after|when)|if)\s+(?:the\s+)?$")
# (after Y's own forces or government: "if the Peruvian army does not withdraw", "unless Peru's government agrees")
_Y_FORCES = r"^(?:['’]s)?(?:\s+(?:army|forces|troops|military|navy|government|authorities|leadership))?"
_CONDITION_AFTER_IF = re.compile(_Y_FORCES + r"\s+(?:did\s+not|does\s+not|do\s+not|didn[’']t|doesn[’']t|don[’']t|fails?\s+to|"
                                 r"failed\s+to|refuses?\s+to|refused\s+to)\b")
_CONDITION_AFTER_UNLESS = re.compile(_Y_FORCES + r"\s+(?:\w+ly\s+|first\s+)?(?:agrees?|accepts?|pays?|releases?|withdraws?|pulls?|stops?|"
                                     r"ends?|meets?|frees?|hands?|returns?|opens?|lifts?|complies|gives?|"
                                     r"agreed|accepted|paid|released|withdrew|pulled|stopped|ended|met|freed|handed|"
                                     r"returned|opened|lifted|complied|gave)\b")
# who sets the condition: the speaker, whoever threatens, or whoever offers something on it ("offered to buy gas on
#   condition that the authorities release ...")
_THREAT_OR_SPEECH = re.compile(r"\b(?:" + _SPEECH + r"|told|threaten\w*|warn\w*|vow\w*|offer(?:s|ed|ing)?)\b")
# the speaker's own penalty held over Y on an "if Y does not" / "unless Y" condition: "would/could/will <act>", "was
#   prepared/ready to", "reserves the right to" -- not a promise ("would lift the sanctions", "would resume talks"), a
#   request to a third party ("would ask Interpol to ..."), nor a harm to someone else ("the pilot would be shot if Y",
#   a threat to the pilot: events_threats)
_PENALTY = re.compile(r"\b(?:would|will|could|might|(?:was|were|is|are)\s+(?:prepared|ready)\s+to|reserves?\s+the\s+right\s+to)"
                      r"\s+(?!be\b|(?:\w+\s+){0,3}?(?:lift|ease|resume|restore|reopen|release|return|help|support|"
                      r"reward|welcome|talk|negotiate|ask|request|seek|appeal|urge|call\s+on|"
                      r"consider\s+(?:lifting|easing|resuming|a\s+deal))\b)")
# a demand's cue: "should|must|ought|need|ha[sdv]e? to|unless|if\b|condition|provided|once\b|until\b|only (?:after|when)"
#   found as its plain strings (a substring test) or, when a word needing the word boundary is there, the rest
_CUE_WORDS = ("should", "must", "ought", "need", "unless", "condition", "provided", "has to", "hase to", "had to",
              "hade to", "hav to", "have to", "only after", "only when")
_CUE_ENDS = re.compile(r"if\b|once\b|until\b")


def speech_demands(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not contains_any(text, _CUE_WORDS) and not (contains_any(text, ("if", "once", "until"))
                                                    and _CUE_ENDS.search(text)):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for m in ms:
        if m.kind not in ACTOR_KINDS:
            continue
        before, after = text[max(0, m.start - base - 90) : m.start - base], text[m.end - base :]
        said, cond = _SAID_BEFORE.search(before), None
        if said and _OBLIGATION.match(after):
            at = max(0, m.start - base - 90) + said.start()
        elif (cond := _CONDITION_BEFORE.search(before)) and (
                _CONDITION_AFTER_IF.match(after) if cond.group(0).startswith("if") else _CONDITION_AFTER_UNLESS.match(after)):
            verbs = list(_THREAT_OR_SPEECH.finditer(text, 0, max(0, m.start - base - 90) + cond.start()))
            if not verbs:
                continue
            at = verbs[-1].start()
        else:
            continue
        agent = main_subject(ms, text, base, at)
        if agent is None or agent.entity == m.entity or agent.kind not in ACTOR_KINDS:
            continue
        out.append(RawRelation(agent.entity, "DEMANDS", m.entity, sent, at, text[at:].split(" ", 1)[0],
                               RelationStatus.ASSERTED, 0.6))
        if cond and cond.group(0).startswith(("if", "unless")) and not text.startswith("offer", at) and _PENALTY.search(
                text, at, max(0, m.start - base - 90) + cond.start()):
            out.append(RawRelation(agent.entity, "THREATENS", m.entity, sent, at, text[at:].split(" ", 1)[0],
                                   RelationStatus.ASSERTED, 0.55))
    return out
