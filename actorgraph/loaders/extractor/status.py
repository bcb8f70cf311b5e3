"""How a sentence presents a relation (``trigger_status``): the hedges before the trigger (``status_cues``), then
what the trigger itself and the words after it say; and who a sentence is attributed to ("according to Reuters")."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.charge_patterns import ALLEGATION_DENIED_AFTER
from actorgraph.loaders.extractor.patterns import PLANNED, REQUESTED
from actorgraph.loaders.extractor.status_cues import (
    ALLEGED,
    ASSERTED,
    DENIED,
    HYPOTHETICAL,
    NEGATED,
    REPORT_OBJECT,
    REPORTED,
    conditional_agent,
    requested_act,
    status_of,
)
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import has_part

__all__ = ["BLOCKED_BEFORE", "attribution_span", "conditional_agent", "modifier_hedge", "negated_after", "noun_window",
           "requested_act", "status_of", "trigger_status"]


# a meeting or talks asked for or offered, right before the trigger ("requested an urgent meeting"): not yet held
_SOUGHT_MEETING = re.compile(r"\b(?:propos(?:e|es|ed|ing)|request(?:s|ed|ing)?|suggest(?:s|ed|ing)?|sought|seek(?:s|ing)?|"
                             r"call(?:s|ed|ing)? for|ask(?:s|ed|ing)? for|push(?:es|ed|ing)? for|invit(?:e|es|ed|ing) \w+ to)"
                             r"\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?$")
_ALLEGED_BEFORE = re.compile(r"\balleged(?:ly)?\s+(?:[\w\-]+\s+){0,3}$")


def modifier_hedge(sentence: str, target_start: int) -> bool:
    """ "an alleged financial operator of X": the hedge sits right before the described actor."""
    return bool(_ALLEGED_BEFORE.search(sentence[max(0, target_start - 60) : target_start]))


_ATTRIBUTION = re.compile(r"\b(?:according to|reports? (?:from|by)|reported by|(?:a |the )?report (?:from|by)|cited by|quoted by)\s+(?:reports? (?:from|by)\s+)?(?:the\s+)?$", re.I)
_ATTRIBUTION_AFTER = re.compile(r"^\s*(?:reported|reports|said in a report)\b", re.I)
_ATTRIBUTION_PARTS = ("according", "report", "cited", "quoted")  # one is in every match of the two above


def attribution_span(sentence: str, starts: list[tuple[int, int, str]]) -> str | None:
    """Entity key of the source a sentence is attributed to, among (start, end, key) mentions."""
    if not has_part(sentence, _ATTRIBUTION_PARTS):
        return None
    for s, e, key in starts:
        if (at := _ATTRIBUTION.search(sentence[max(0, s - 60) : s])) and not REPORT_OBJECT.search(
                sentence[: max(0, s - 60) + at.end()].rstrip().removesuffix(" the").rstrip()) \
                or _ATTRIBUTION_AFTER.match(sentence[e:]):
            return key
    return None


_NEGATED_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:were|was|is|are|would|will|had|have|has)\s+not\s+(?:been\s+|be\s+|being\s+)?"
                            r"(?:being\s+)?(?:considered|imposed|discussed|planned|envisaged|on the table|contemplated)\b", re.I)


# "no" as the determiner of a nominal event: "there was no meeting between X and Y", "no new sanctions on X"
_NO_BEFORE = re.compile(r"\bno\s+(?:[a-z][\w\-]*\s+){0,2}$")


def negated_after(sentence: str, trigger_end: int) -> bool:
    """ "sanctions against Ankara were not being considered": a nominal event negated after its target."""
    return bool(_NEGATED_AFTER.match(sentence[trigger_end:]))


# "vetoed new EU sanctions on X", "discouraged strikes on X", "accused Y of obstructing investigations", 'said it
#   "firmly opposes" sanctions on X': an act others proposed or began, kept from happening (its agent is only the
#   noun's own modifier, never the blocker; the verb may close a quotation)
BLOCKED_BEFORE = re.compile(r"\b(?:block(?:s|ed|ing)?|(?:hold(?:s|ing)?|held)\s+up|veto(?:es|ed|ing)?|torpedo(?:es|ed|ing)?|scuttl(?:e|es|ed|ing)|derail(?:s|ed|ing)?|"
                            r"obstruct(?:s|ed|ing)?|hamper(?:s|ed|ing)?|imped(?:e|es|ed|ing)|thwart(?:s|ed|ing)?|"
                            r"sabotag(?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|stall(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|"
                            r"discourag(?:e|es|ed|ing)|deter(?:s|red|ring)?|prevent(?:s|ed|ing)?)[\"”’]?\s+(?:(?:a|an|the|any|new|further|fresh|planned|proposed|its|their)\s+){0,3}"
                      r"(?:[\w\-.’]+\s+){0,4}$")

_BLOCKING_PARTS = ("block", "hold", "held", "veto", "torpedo", "scuttl", "derail", "obstruct", "hamper", "imped", "thwart",
                   "sabotag", "undermin", "stall", "oppos", "discourag", "deter", "prevent")  # one in every match

# a word that starts another clause or act between a blocking verb and a verb trigger ("blocked the bill and
#   aided X", "blocked officials who aided X"): the trigger is then a verb of its own, not the blocked noun
_CLAUSE_LINK = re.compile(r"\b(?:and|but|or|then|who|which|that|while|after|before|as|when|since|because|until|if)\s")

# a participle or adjective that makes the noun after it a plan: "Chile's planned talks", "the mooted deal", "the
#   expected new sanctions"; right before a verb trigger it makes that a noun too ("Chile's proposed meeting with")
_PLANNED_PARTS = ("planned", "mooted", "prospective", "envisaged", "intended", "threatened", "proposed", "expected",
                  "upcoming", "forthcoming")  # one opens every _PLANNED_NOUN match (built from them)
_PLANNED_NOUN = re.compile(r"\b(?:" + "|".join(_PLANNED_PARTS) + r")\s+(?P<between>(?:[\w\-]+\s+){0,2})$")

# an accord still being negotiated or only wished for: "talks on a ceasefire between A and B", "negotiations over a
#   new deal", "backed a defence agreement between A and B" (an accord in place is "the"/"its" accord)
_UNDER_TALKS = re.compile(r"\b(?:(?:talks|negotiations|discussions|dialogue|consultations)\s+(?:on|over|about|for|toward|"
                          r"towards)\s+(?:(?:a|an|the|any)\s+)?|(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|"
                          r"endors(?:e|es|ed|ing)|want(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:a|an|any)\s+)"
                          r"(?:(?:new|possible|lasting|permanent|final|full|direct)\s+)*(?:[\w\-]+\s+){0,2}$")


# a standing tie said to stop: "has stopped cooperating with X", "ended its cooperation with X", "withdrew its
#   support for X" — the tie no longer holds ("suspended / broke off its cooperation with X" is a coercive act, apart)
_CEASED_BEFORE = re.compile(r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?|quit(?:s|ting)?|"
                            r"withdr(?:aw|aws|ew|awn|awing)|abandon(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|"
                            r"discontinu(?:e|es|ed|ing)|dropp(?:ed|ing)|drops?)\s+(?:(?:its|their|his|her|all|the)\s+)?"
                            r"(?:[a-z][\w\-]*\s+)?$")
_STANDING_TIES = frozenset({"COOPERATES_WITH", "SUPPORTS"})
# a reversal of the noun's own act denied: "would not reconsider its designation of X", "refused to drop its support
#   for X" — the act stands
_REVERSAL_BEFORE = re.compile(r"\b(?:reconsider|revisit|review|revers|revok|rescind|lift|drop|withdr[ae]w|end|abandon|scrap|"
                              r"cancel|revis|annul)\w*\s+(?:its|their|his|her)\s+(?:[a-z][\w\-]*\s+)?$")
_HELD = (ASSERTED, REPORTED, ALLEGED)  # not "would stop ...": a threat


# "the existing sanctions": measures in force, not requested ones
_IN_FORCE_BEFORE = re.compile(r"\b(?:existing|current|sweeping|standing)\s+$")
_LIGHT_VERB_BEFORE = re.compile(r"\b(?:could|would|may|might|will|to|not)\s+(?:(?:re-?)?impos|slap|levy|adopt|extend)"
                                r"\w*\s+(?:[\w\-.’']+\s+){0,4}$")


def noun_window(low: str, s: int) -> int:
    """Where the cues of a noun trigger's status start: 25 characters before it, or the modal before the verb that
    governs it ("could reimpose United Nations sanctions on X": hypothetical)."""
    lv = _LIGHT_VERB_BEFORE.search(low, max(0, s - 70), s)
    return min(lv.start(), max(0, s - 25)) if lv else max(0, s - 25)


def trigger_status(text: str, window: int, s: int, e: int, rel_type: str, noun: bool, promised: bool) -> RelationStatus:
    """``status_of`` plus what the trigger itself and the words after it say: a nominal negated after its
    target, a planned visit, a promise, an allegation denied in the same breath, a requested act."""
    low = text.lower()
    status = status_of(text, window, s, rel_type)
    if noun and status in (ASSERTED, REPORTED) and (
            negated_after(text, e) or _NO_BEFORE.search(low, max(0, s - 30), s)):
        status = NEGATED  # "sanctions against X were not being considered", "there was no meeting"
    if status == ASSERTED and PLANNED.match(low[s:e]):
        status = HYPOTHETICAL  # "is due in Ankara", "is expected to visit Beirut": not yet
    if promised and status == HYPOTHETICAL:
        status = ASSERTED  # the aid is hypothetical, the offer of it is made
    if status == ALLEGED and ALLEGATION_DENIED_AFTER.match(text[e:]):
        status = DENIED  # "accuses X of sheltering Y, an allegation X rejects"
    if status == ASSERTED and contains_any(low[max(0, s - 40) : s], _PLANNED_PARTS) \
            and (plan := _PLANNED_NOUN.search(low, max(0, s - 40), s)) \
            and (noun or not plan.group("between")):
        status = HYPOTHETICAL  # "X's planned talks with Y", "X's expected meeting with Y": not yet
    if noun and rel_type == "AGREES_WITH" and status == ASSERTED \
            and _UNDER_TALKS.search(low, max(0, s - 60), s):
        status = HYPOTHETICAL  # "talks on a truce between A and B": the accord is not yet made
    if status == ASSERTED and contains_any(low[max(0, s - 60) : s], _BLOCKING_PARTS) \
            and (blocked := BLOCKED_BEFORE.search(low, max(0, s - 60), s)) \
            and (noun or not _CLAUSE_LINK.search(blocked.group(0))):
        status = HYPOTHETICAL  # "vetoed new EU sanctions on X", "blocked EU aid to X": never given
    if noun and status == NEGATED and _REVERSAL_BEFORE.search(low, max(0, s - 50), s):
        status = ASSERTED  # "would not reconsider its designation of X": only undoing it is negated
    elif rel_type in _STANDING_TIES and status in _HELD and _CEASED_BEFORE.search(low, max(0, s - 50), s):
        status = NEGATED  # "has stopped cooperating with X": the tie is ended, not held
    if rel_type == "ACCUSES" and low[s:e] == "what" and status in (NEGATED, HYPOTHETICAL):
        status = ASSERTED  # "would not submit to what he called a witch hunt": the calling is said
    if noun and status == ASSERTED and REQUESTED.search(low[max(0, s - 200) : s]) \
            and not _IN_FORCE_BEFORE.search(low[max(0, s - 30) : s]):
        status = HYPOTHETICAL  # "proposed ... the lifting of sanctions"
    if rel_type in ("MEETS_WITH", "NEGOTIATES_WITH") and status == ASSERTED \
            and _SOUGHT_MEETING.search(low, max(0, s - 40), s):
        status = HYPOTHETICAL  # "proposed a meeting with X", "requested talks with X"
    return status
