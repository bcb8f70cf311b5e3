"""A prosecution told from the defendant's side, round 23: "X went on trial in Y", "X stands trial before a Y court",
"X pleaded not guilty", "X was found guilty of treason", "X appeared in court in Y", "X faces up to 20 years in
prison", "the trial of X opened" -> the prosecuting state INVESTIGATES X, as "Y charged X" does. The state is a
country (or a court) named right after "in"/"before" ("in Georgia", "before a Georgian court", "a court in
Tbilisi"), else left implicit for discourse to find, as for "X was charged". Not "spying for Y" (only a place or
court phrase names the state), nor a trial only called for ("demanded X's trial")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence, has_word

_TRIAL_WORDS = frozenset({"trial", "trials", "guilty", "court", "judge", "magistrate", "magistrates", "tribunal", "prison",
                          "jail", "imprisonment", "penalty", "sentence"})
# the act told of the one prosecuted, right after the subject and its auxiliaries
_TRIAL = re.compile(
    r"\b(?:(?:go|goes|went|gone|going)\s+on\s+trial|(?:stand|stands|stood|standing)\s+trial|"
    r"(?:(?:remains?|remained)\s+)?on\s+trial|"
    r"(?:plead|pleads|pleaded|pled|pleading)\s+(?:not\s+)?guilty|(?:found|declared)\s+guilty|"
    r"(?:appear|appears|appeared|appearing)\s+(?:in|before)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:court|judge|magistrate|magistrates|tribunal)|"
    r"(?:face|faces|faced|facing)\s+(?:(?:up\s+to|a\s+maximum\s+(?:sentence\s+)?of|as\s+(?:many|much)\s+as|at\s+least|"
    r"between)\s+[\w\-]+(?:\s+(?:and\s+)?[\w\-]+)?\s+years?\s+(?:in\s+(?:prison|jail)|of\s+imprisonment)|"
    r"life\s+(?:in\s+prison|imprisonment)|(?:a\s+(?:possible\s+)?)?(?:the\s+)?death\s+(?:penalty|sentence)|"
    r"(?:a\s+)?(?:long\s+|lengthy\s+)?(?:prison|jail)\s+(?:sentence|term)))\b", re.I)
# between the one prosecuted and the act: a relative pronoun, an apposition, auxiliaries and adverbs
_SUBJECT_GAP = re.compile(r"(?:\s*\([^()]*\))?(?:,\s+(?:an?|the)\s+[^,;()\"“]{1,60},)?(?:,\s+who)?\s+"
                          r"(?:(?:has|have|had|is|was|are|were|will|would|could|may|might|must|shall|did|does|do|also|"
                          r"now|still|already|later|then|again|first|both|each|not|never|due|expected|set|to|be|been|"
                          r"formally|previously|since|on\s+\w+day|last\s+week|this\s+week|earlier)\s+){0,5}")
# "the trial of X", "X's trial" (not "X's trial lawyer")
_TRIAL_OF = re.compile(r"\btrials?\s+(?:in\s+absentia\s+)?of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$", re.I)
_OWN_TRIAL = re.compile(r"['’]s?\s+(?:(?:treason|terrorism|corruption|espionage|murder|retrial|long-awaited|"
                        r"criminal|military|closed-door)\s+)?trial\b(?!\s+(?:lawyers?|judges?|dates?|team))")
# a trial asked for or escaped has not begun
_NOT_HAPPENED = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand\w*|urg\w*|s(?:ought|eek\w*)|avoid\w*|evad\w*|escap\w*|"
                           r"fled|flee\w*|prevent\w*)\s+(?:a\s+|the\s+)?$", re.I)
# where the state is named: "in Georgia", "before a Georgian court", "in a Tbilisi court"
_STATE_PHRASE = re.compile(r"\s+(?:(?:opened|opens|began|begins|started|starts|resumed|resumes)\s+)?(?:in\s+absentia\s+)?"
                           r"(?:in|before|at)\s+(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
_HELD_KINDS = ("Person", "Group")


def _court_state(ms: list[Mention], k: int, text: str, base: int, end: int) -> str | None:
    """The country or court named in a place phrase right after the act (or in the act's own "before a Y court")."""
    for x in ms[k + 1 :]:
        if x.start - base < end:
            if x.kind == "Country":
                return x.entity  # "appeared before a Georgian court"
            continue
        if x.start - base > end + 60:
            break
        gap = text[end : x.start - base]
        if re.search(r"[,;:.]", gap) or not _STATE_PHRASE.fullmatch(re.sub(r"\s+on\s+\w+day\b", "", " " + gap.lstrip())):
            continue
        if x.kind == "Country" or x.kind == "Organization" and re.search(r"\b(?:Court|Tribunal)\b", text[x.start - base : x.end - base]):
            return x.entity
    return None


def trial_wordings(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    if not has_word(sent, _TRIAL_WORDS):
        return []
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for k, m in enumerate(ms):
        if m.kind not in _HELD_KINDS:
            continue
        after = m.end - base
        gap = _SUBJECT_GAP.match(text, after)
        hit = _TRIAL.match(text, gap.end()) if gap else None
        held = [m]
        if hit is None:
            own = _OWN_TRIAL.match(text, after)
            of = _TRIAL_OF.search(text, max(0, m.start - base - 40), m.start - base)
            hit = own or of
            if hit is None or _NOT_HAPPENED.search(text, max(0, min(hit.start(), m.start - base) - 30),
                                                   min(hit.start(), m.start - base)):
                continue
            held = coordinated(ms, k, text, base, 1) if of else [m]
        elif gap is not None and k + 1 < len(ms) and ms[k + 1].start - base < gap.end():
            continue  # another name stands between
        else:
            held = coordinated(ms, k, text, base, -1)  # "X and Y pleaded not guilty"
        end = hit.end() if hit.end() > after else after
        state = _court_state(ms, k, text, base, end)
        at = hit.start()
        for h in held:
            if h.kind in _HELD_KINDS and h.entity != state:
                out.append(RawRelation(state, "INVESTIGATES", h.entity, sent, at, hit.group(0),
                                       status_of(text, min(h.start - base, at), at, "INVESTIGATES"), 0.6,
                                       implicit=state is None))
    return out
