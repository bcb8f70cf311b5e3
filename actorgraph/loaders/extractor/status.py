"""How a sentence presents a relation: asserted, reported, alleged, denied, hypothetical or negated,
from hedges and modals near the trigger; and who it is attributed to ("according to Reuters")."""

from __future__ import annotations

import re
from functools import lru_cache

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.charge_patterns import ALLEGATION_DENIED_AFTER
from actorgraph.loaders.extractor.patterns import ASKED_TO_ACT, PLANNED, REQUESTED
from actorgraph.loaders.extractor.subjunctive_demands import demanded_act
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import has_part

# Cues looked for between the agent (or clause start) and the trigger.
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|(?:has|have|had|is|are|was|were|remains?|remained) yet to|refused to|refused|refuses|refusing|ruled out|rules out|declined to|stopped short of|failed to|without|neither|nor|"
    r"no (?:immediate |current )?(?:plans?|intention)(?:\s+(?:for|of))?)\s+"
    r"(?:[\w\-]+\s+){0,2}$|n[’']t\s+(?:[\w\-]+\s+){0,2}$", re.I)
_NEGATION_PARTS = ("no", "never", "yet", "refus", "rule", "declined", "stopped", "failed", "without", "neither", "n't",
                   "n’t")  # one is in every _NEGATION match
_HYPOTHETICAL = re.compile(
    r"\b(?:(?-i:may)|might|could|would|will|shall|should|can|plans? to|planned to|planning to|considering|consider|"
    r"weighs?|weighing|threaten(?:s|ed|ing)? to|expected to|likely to|ready to|prepared to|poised to|set to|"
    r"intends? to|intended to|scheduled to|slated to|hopes? to|hoping to|wants? to|wanted to|seeks? to|seeking to|sought to|aim(?:s|ing)? to|"
    r"offered to|vow(?:s|ed)? to|"
    r"pledged to|promised to|proposed to|open to|willing to|if|unless|possible|potential|possibly|next|upcoming|"
    r"is to|are to|would be|calls? for|called for|urged? \w+ to|asked? \w+ to|ask(?:ed)? (?:the )?[\w\-. ]+ to|"
    r"agree[sd]? (?:on \w+day )?to|(?:is|are|was|were) due to|whether to)\b"
    r"[^.;]*$", re.I)
_HYPOTHETICAL_PARTS = ("may", "might", "could", "would", "will", "shall", "should", "can", "plan", "consider", "weigh",
                       "threaten", "expected", "likely", "ready", "prepared", "poised", "set to", "intend", "scheduled",
                       "slated", "hope", "hoping", "want", "seek", "sought", "aim", "offered", "vow", "pledged",
                       "promised", "proposed", "open to", "willing", "if", "unless", "possib", "potential", "next",
                       "upcoming", "is to", "are to", "call", "urge", "ask", "agree", "due to", "whether")  # one in every match
# the parts in one pattern over a lower-cased ASCII window: cheaper than 48 substring tests
_HYPOTHETICAL_CUE = re.compile("|".join(map(re.escape, _HYPOTHETICAL_PARTS)))
_DISMISSED_CLAIMS = r"(?:reject|dismiss)(?:s|es|ed|ing)? (?:the )?(?:claims|reports|allegations|accusations|suggestions) that"
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|" + _DISMISSED_CLAIMS + r"|refut(?:es|ed))\b[^.;]*$", re.I)
# "denied that he had ...", "rejected reports that Lima had ...": the denial's clause opens before its subject, which
#   starts the window read for cues
_DENIED_CLAUSE = re.compile(r"\b(?:den(?:y|ies|ied|ying) that|" + _DISMISSED_CLAIMS + r")\s+(?:[\w\-.’']+\s+){0,4}[\w\-.’']+$", re.I)
_DENIAL_PARTS = ("deny", "deni", "reject", "dismiss", "refut")  # one is in every _DENIAL and _DENIED_CLAUSE match
_ALLEGED = re.compile(
    r"\b(?:alleged(?:ly)?|alleges?|accus(?:ed|es|ing|ations?)\b[^.;]*\bof|suspected(?: of)?|purported(?:ly)?|"
    r"claim(?:s|ed|ing)?|suspicion of|charges? of|say|says|believed to|thought to|investigators say)\b", re.I)
# "accused X of supplying ...", "suspected of", "charged with": the embedded act is only alleged; so is a second
#   charge joined to the first ("accused X of failing to act and of sharing data with Y"); so is a noun trigger after
#   the charged gerund ("accused X of funnelling arms to Y")
_ACCUSED_OF = re.compile(r"\b(?:accus\w+|suspect\w*|charg\w+|blam\w+)\s+(?:[\w\-.’']+\s+){0,6}(?:of|with|for)\s+"
                         r"(?:[^.;]{0,80}?\s+and\s+(?:of|with|for)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ing\s+)?$", re.I)
_ACCUSED_PARTS = ("accus", "suspect", "charg", "blam")  # one opens every _ACCUSED_OF match
_ALLEGED_PARTS = ("alleg", "accus", "suspect", "suspicion", "purport", "claim", "charge", "say", "believed to",
                  "thought to")  # one is in every _ALLEGED match
_REPORTED = re.compile(
    r"\b(?:reportedly|according to|reports? (?:from|by|say|said)|reported(?:ly)?|sources (?:said|say)|"
    r"is said to|are said to|was said to|seemingly|apparently|media reported|state media|"
    r"state (?:television|TV|radio|news agency|broadcaster)(?: [A-Z]\w+)? (?:said|says|reported|reports))\b", re.I)
_REPORTED_PARTS = ("report", "according", "sources", "said to", "seemingly", "apparently", "state")  # one in every match

# a condition or an open question opening the agent's own clause: "If Peru attacks", "unless opposition leader X meets",
#   "whether the Front sanctioned": up to three lower-case words (a post), then the agent's words up to its end
_CONDITION_WORDS = ("if", "unless", "whether")
_CONDITION_OPENS = re.compile(rf"\b(?i:{'|'.join(_CONDITION_WORDS)})\s+(?:[a-z][\w\-’']*\s+){{0,3}}"
                              r"(?:(?:[A-Z][\w\-.’']*|and|of|the)\s+)*[\w\-.’']+$")


def conditional_agent(sentence: str, agent_end: int) -> bool:
    """Whether the agent ending at ``agent_end`` is the subject of a condition or an open question, whose act is
    then hypothetical ("If Peru attacks Ecuador, ...", "It is unclear whether Chile met Peru")."""
    before = sentence[max(0, agent_end - 80) : agent_end]
    return has_part(before, _CONDITION_WORDS) and bool(_CONDITION_OPENS.search(before))


_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
_FINITE = re.compile(r"\w+(?:ed|es)|met|led|held|sought|struck|hit|told|said|took|gave|sent|threw|fought|began|won|"
                     r"made|kept|put|cut|shut|drew|froze|swore|spoke|brought|caught|ran|bound|broke")
_ASKER = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg\w*|call\w* (?:on|upon)|press\w*|want\w*|invit\w*|appeal\w* to|request\w*|"
                    r"persuad\w*|encourag\w*|push\w*|lobb\w*)\s+(?:the\s+)?[^,;.]{1,60}$", re.I)

# "urged London to raise the matter with X", "has asked Abuja to extradite him", "pressing both sides to meet": the
#   request is told (DEMANDS), not a plan of the party asked (not "pressed ahead with plans to", "pushed for")
_REQUESTED_ACT = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|press(?:es|ed|ing)?"
                            r"(?! (?:ahead|on|for)\b)|push(?:es|ed|ing)?(?! (?:ahead|on|for)\b)|oblig(?:e|es|ed|ing)|"
                            r"appeal(?:s|ed|ing)? to|request(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|"
                            r"persuad(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying))\s+[^,;.]{1,60}?\s+to\s+(?:[a-z]+ly\s+)?$", re.I)


_ASKING_PARTS = ("ask", "urg", "call", "press", "push", "oblig", "appeal", "request", "invit", "encourag", "persuad",
                 "lobb")  # one opens every _REQUESTED_ACT match


def requested_act(sentence: str, trigger_start: int) -> bool:
    """Whether the trigger opens the act one party asks another to do ("urged Ankara to open talks with X")."""
    before = sentence[max(0, trigger_start - 120) : trigger_start]
    return has_part(before, _ASKING_PARTS) and bool(_REQUESTED_ACT.search(before))


_QUOTES = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
_QUOTE_CHARS = ("\"", "“", "”", "‘", "’", "'")  # every _QUOTES match is one of them

_SELF_CUES = {  # a trigger does not hedge itself (a threat before "will"/"could" is hedged: "will threaten X")
    "DENIES": {RelationStatus.DENIED},
    "ACCUSES": {RelationStatus.ALLEGED},
}
_NO_CUES: frozenset[RelationStatus] = frozenset()


@lru_cache(maxsize=256)
def _report_cues(sentence: str) -> tuple[int, ...]:
    """Where the sentence's reporting hedges start (looked for once per sentence, not per relation)."""
    if not has_part(sentence, _REPORTED_PARTS):
        return ()  # (most sentences)
    return tuple(m.start() for m in _REPORTED.finditer(sentence) if not _REPORT_OBJECT.search(sentence, 0, m.end()))


# "and" opening another conjunct: after or before a comma, or before a verb ("and escorted it", "and came second")
_AND = re.compile(r",\s+(?:and|but|yet)\b|;\s|\band\s*,|\band\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|is|are|was|were|has|have|had|"
                  r"will|would|came|went|took|gave|sent|met|held|told|said|made|kept|left|fled|spoke|won|lost|began)\b")


def _reported(sentence: str, trigger_start: int) -> bool:
    """Whether a reporting hedge covers the trigger: one before it does; one after it does unless an "and" comes
    between them, which opens another conjunct ("met X on Monday and, according to media, urged him", "arrested
    him, and state media accused him", "fired at the crowd, and 14 were held, according to the party")."""
    cues = _report_cues(sentence)
    if not cues:
        return False
    return any(c < trigger_start or not _AND.search(sentence, trigger_start, c) for c in cues)


_VERB_WORD = re.compile(r"[\w\-]+")


def _last_conjunct(window: str) -> str:
    """The window from its last conjunct-opening "and": a modal or plan before it is another verb's ("offered to
    fund a study, and the two sides signed a memorandum"; "warned she could annul the law and said she had asked")."""
    if "and" not in window and "but" not in window and "yet" not in window and ";" not in window:
        return window  # (", but each has since accused the other": the plan before "but" is another verb's)
    starts = [m.start() for m in _AND.finditer(window)]
    return window[starts[-1]:] if starts else window


def _hypothetical(window: str) -> bool:
    """A modal, plan or condition among the window's cues (in its last conjunct)."""
    if not (_HYPOTHETICAL_CUE.search(window.lower()) if window.isascii() else has_part(window, _HYPOTHETICAL_PARTS)):
        return False
    return bool(_HYPOTHETICAL.search(_last_conjunct(window)))


def _denied(sentence: str, window: str, window_start: int) -> bool:
    """A denial among the cues, or a denied clause opening before the window ("denied that he had ...")."""
    if has_part(window, _DENIAL_PARTS) and _DENIAL.search(window):
        return True
    before = sentence[max(0, window_start - 90) : window_start]
    return has_part(before, _DENIAL_PARTS) and bool(_DENIED_CLAUSE.search(sentence, max(0, window_start - 90), window_start))


def status_of(sentence: str, window_start: int, trigger_start: int, rel_type: str) -> RelationStatus:
    """Status of a relation whose trigger starts at ``trigger_start``; cues are read from ``window_start``
    (the agent or the clause start) up to the trigger, and sentence-wide for reporting hedges."""
    window = sentence[window_start:trigger_start]
    if contains_any(window, _QUOTE_CHARS):
        window = _QUOTES.sub("", window)  # 'was "not considering" sanctions'
    verb = _VERB_WORD.match(sentence, trigger_start)
    if verb and ("and" in window or "but" in window) and (coordinated := _COORDINATED.search(window)) \
            and _FINITE.fullmatch(verb.group(0).lower()):
        # "denied that ... and accused X": a second main verb, outside the first one's cues
        window = window[coordinated.start():]
        accused_scope = ""
    else:
        accused_scope = sentence[max(0, trigger_start - 120) : trigger_start]
    # the strongest cue decides (negated, denied, hypothetical, alleged, reported, asserted), so they are looked for
    #   in that order; a trigger does not hedge itself (_SELF_CUES)
    self_cues = _SELF_CUES.get(rel_type, _NO_CUES)
    if has_part(window, _NEGATION_PARTS) and _NEGATION.search(window):
        return RelationStatus.NEGATED
    if RelationStatus.DENIED not in self_cues and _denied(sentence, window, window_start):
        return RelationStatus.DENIED
    if ASKED_TO_ACT.match(window) and _ASKER.search(sentence[max(0, window_start - 80) : window_start]):
        return RelationStatus.HYPOTHETICAL  # "asked the Commission to impose sanctions"
    if _hypothetical(window) or (window_start and conditional_agent(sentence, window_start)) \
            or demanded_act(sentence, window_start, trigger_start):  # "demanded that X stop exports to Y"
        return RelationStatus.HYPOTHETICAL
    if RelationStatus.ALLEGED not in self_cues and (
            has_part(window, _ALLEGED_PARTS) and _ALLEGED.search(window)
            or has_part(accused_scope, _ACCUSED_PARTS) and _ACCUSED_OF.search(accused_scope)):
        return RelationStatus.ALLEGED
    if _reported(sentence, trigger_start):
        return RelationStatus.REPORTED
    return RelationStatus.ASSERTED


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
# "rejected a confidential report by X", "welcomed the report from Y": a report that is a verb's object is a thing
#   answered, not the source the sentence is told on
_REPORT_OBJECT = re.compile(r"\b[a-z]+(?:ed|es|s)\s+(?:a|an|the|this|that|its|their)\s+(?:[\w\-]+\s+){0,2}reports?\s+(?:from|by)$")


def attribution_span(sentence: str, starts: list[tuple[int, int, str]]) -> str | None:
    """Entity key of the source a sentence is attributed to, among (start, end, key) mentions."""
    if not has_part(sentence, _ATTRIBUTION_PARTS):
        return None
    for s, e, key in starts:
        if (at := _ATTRIBUTION.search(sentence[max(0, s - 60) : s])) and not _REPORT_OBJECT.search(
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
_HELD = (RelationStatus.ASSERTED, RelationStatus.REPORTED, RelationStatus.ALLEGED)  # not "would stop ...": a threat


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
    if noun and status in (RelationStatus.ASSERTED, RelationStatus.REPORTED) and (
            negated_after(text, e) or _NO_BEFORE.search(low, max(0, s - 30), s)):
        status = RelationStatus.NEGATED  # "sanctions against X were not being considered", "there was no meeting"
    if status == RelationStatus.ASSERTED and PLANNED.match(low[s:e]):
        status = RelationStatus.HYPOTHETICAL  # "is due in Ankara", "is expected to visit Beirut": not yet
    if promised and status == RelationStatus.HYPOTHETICAL:
        status = RelationStatus.ASSERTED  # the aid is hypothetical, the offer of it is made
    if status == RelationStatus.ALLEGED and ALLEGATION_DENIED_AFTER.match(text[e:]):
        status = RelationStatus.DENIED  # "accuses X of sheltering Y, an allegation X rejects"
    if status == RelationStatus.ASSERTED and contains_any(low[max(0, s - 40) : s], _PLANNED_PARTS) \
            and (plan := _PLANNED_NOUN.search(low, max(0, s - 40), s)) \
            and (noun or not plan.group("between")):
        status = RelationStatus.HYPOTHETICAL  # "X's planned talks with Y", "X's expected meeting with Y": not yet
    if noun and rel_type == "AGREES_WITH" and status == RelationStatus.ASSERTED \
            and _UNDER_TALKS.search(low, max(0, s - 60), s):
        status = RelationStatus.HYPOTHETICAL  # "talks on a truce between A and B": the accord is not yet made
    if status == RelationStatus.ASSERTED and contains_any(low[max(0, s - 60) : s], _BLOCKING_PARTS) \
            and (blocked := BLOCKED_BEFORE.search(low, max(0, s - 60), s)) \
            and (noun or not _CLAUSE_LINK.search(blocked.group(0))):
        status = RelationStatus.HYPOTHETICAL  # "vetoed new EU sanctions on X", "blocked EU aid to X": never given
    if noun and status == RelationStatus.NEGATED and _REVERSAL_BEFORE.search(low, max(0, s - 50), s):
        status = RelationStatus.ASSERTED  # "would not reconsider its designation of X": only undoing it is negated
    elif rel_type in _STANDING_TIES and status in _HELD and _CEASED_BEFORE.search(low, max(0, s - 50), s):
        status = RelationStatus.NEGATED  # "has stopped cooperating with X": the tie is ended, not held
    if rel_type == "ACCUSES" and low[s:e] == "what" and status in (RelationStatus.NEGATED, RelationStatus.HYPOTHETICAL):
        status = RelationStatus.ASSERTED  # "would not submit to what he called a witch hunt": the calling is said
    if noun and status == RelationStatus.ASSERTED and REQUESTED.search(low[max(0, s - 200) : s]) \
            and not _IN_FORCE_BEFORE.search(low[max(0, s - 30) : s]):
        status = RelationStatus.HYPOTHETICAL  # "proposed ... the lifting of sanctions"
    if rel_type in ("MEETS_WITH", "NEGOTIATES_WITH") and status == RelationStatus.ASSERTED \
            and _SOUGHT_MEETING.search(low, max(0, s - 40), s):
        status = RelationStatus.HYPOTHETICAL  # "proposed a meeting with X", "requested talks with X"
    return status
