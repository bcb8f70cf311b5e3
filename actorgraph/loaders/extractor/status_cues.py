"""The hedges, modals and denials around a trigger that tell a relation's status (``status_of``): negated,
denied, hypothetical, alleged, reported or asserted. The cues are read between the agent (or the clause start) and
the trigger, reporting hedges sentence-wide; ``status`` adds what the trigger and the words after it say."""

from __future__ import annotations

import re
from functools import lru_cache

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.lowered_text import has_lower_part, lowered
from actorgraph.loaders.extractor.patterns import ASKED_TO_ACT
from actorgraph.loaders.extractor.subjunctive_demands import demanded_act
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import has_part

# the statuses as module constants (status reads them too): an enum member read off its class, as RelationStatus.ASSERTED,
#   costs a descriptor call each time
ASSERTED = RelationStatus.ASSERTED
REPORTED = RelationStatus.REPORTED
ALLEGED = RelationStatus.ALLEGED
DENIED = RelationStatus.DENIED
HYPOTHETICAL = RelationStatus.HYPOTHETICAL
NEGATED = RelationStatus.NEGATED

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
    "DENIES": {DENIED},
    "ACCUSES": {ALLEGED},
}
_NO_CUES: frozenset[RelationStatus] = frozenset()


# "rejected a confidential report by X", "welcomed the report from Y": a report that is a verb's object is a thing
#   answered, not the source the sentence is told on
REPORT_OBJECT = re.compile(r"\b[a-z]+(?:ed|es|s)\s+(?:a|an|the|this|that|its|their)\s+(?:[\w\-]+\s+){0,2}reports?\s+(?:from|by)$")


@lru_cache(maxsize=256)
def _report_cues(sentence: str) -> tuple[int, ...]:
    """Where the sentence's reporting hedges start (looked for once per sentence, not per relation)."""
    if not has_part(sentence, _REPORTED_PARTS):
        return ()  # (most sentences)
    return tuple(m.start() for m in _REPORTED.finditer(sentence) if not REPORT_OBJECT.search(sentence, 0, m.end()))


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


def _hypothetical(window: str, low_window: str | None) -> bool:
    """A modal, plan or condition among the window's cues (in its last conjunct); ``low_window``: it ``lowered``."""
    if low_window is not None and not _HYPOTHETICAL_CUE.search(low_window):  # (has_lower_part, in one pattern)
        return False
    return bool(_HYPOTHETICAL.search(_last_conjunct(window)))


def _denied(sentence: str, window: str, low_window: str | None, window_start: int) -> bool:
    """A denial among the cues, or a denied clause opening before the window ("denied that he had ...")."""
    if has_lower_part(low_window, _DENIAL_PARTS) and _DENIAL.search(window):
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
    low_window = lowered(window)  # (for the guards below, lower-cased once)
    if has_lower_part(low_window, _NEGATION_PARTS) and _NEGATION.search(window):
        return NEGATED
    if DENIED not in self_cues and _denied(sentence, window, low_window, window_start):
        return DENIED
    if ASKED_TO_ACT.match(window) and _ASKER.search(sentence[max(0, window_start - 80) : window_start]):
        return HYPOTHETICAL  # "asked the Commission to impose sanctions"
    if _hypothetical(window, low_window) or (window_start and conditional_agent(sentence, window_start)) \
            or demanded_act(sentence, window_start, trigger_start):  # "demanded that X stop exports to Y"
        return HYPOTHETICAL
    if ALLEGED not in self_cues and (
            has_lower_part(low_window, _ALLEGED_PARTS) and _ALLEGED.search(window)
            or has_part(accused_scope, _ACCUSED_PARTS) and _ACCUSED_OF.search(accused_scope)):
        return ALLEGED
    if _reported(sentence, trigger_start):
        return REPORTED
    return ASSERTED
