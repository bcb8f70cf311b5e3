"""Dates in a sentence: absolute ("November 21", "21 November 2025", "2025-11-21") with the year taken
from the published date, and relative ("on Monday", "yesterday", "last week") resolved against it.
Nothing is invented: without a published date, year-less and relative phrases stay unresolved."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from actorgraph.loaders.extractor.lowered_text import has_lower_part, lowered
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS
from actorgraph.loaders.extractor.text import has_part

MONTH_NAMES = tuple("january february march april may june july august september october november december".split())
_MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS = frozenset(_DAYS)
DATE_WORDS = WEEKDAYS | frozenset(_MONTHS)  # lower-case weekday and month names ("jan", "sept" too)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(_MONTH + r"(?:\s+|(?<=\.))(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?")
_WEEKDAY = re.compile(r"\b(?:(last|this|on|early|late|since|by)\s+(?:on\s+)?)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)?\b")
_LAST_YEAR = re.compile(r",?\s+last\s+year\b", re.I)
_APPOSED = re.compile(r",?\s*\(?")  # between a weekday and the date it names
_DIGIT = re.compile(r"\d")  # each of _ISO, _MONTH_DAY and _DAY_MONTH needs one: a cheap check before them
_ASCII_DIGIT = re.compile(r"[0-9]")  # (cheaper than \d; the only digits of ASCII text)
# what _MONTH_DAY and _DAY_MONTH need (every month name begins so) and _WEEKDAY needs: found by the regex engine
#   skipping ahead on their first letters, where the full patterns are tried at each word boundary
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_RELATIVE_PHRASES = ("yesterday", "today", "this morning", "this week", "last week", "last night", "earlier this week")
_RELATIVE = re.compile(r"\b(" + "|".join(_RELATIVE_PHRASES) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets within the sentence
    end: int
    value: dt.date
    precision: str  # day | week


def _year_for(month: int, day: int, published: dt.date) -> dt.date | None:
    try:
        cand = dt.date(published.year, month, day)
    except ValueError:
        return None
    if cand > published + dt.timedelta(days=31):  # "December 28" in a January article: last year
        try:
            cand = dt.date(published.year - 1, month, day)
        except ValueError:
            return None
    return cand


def _safe(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    if text.isascii():
        has_digit = _ASCII_DIGIT.search(text) is not None
    else:
        has_digit = _DIGIT.search(text) is not None
    has_weekday = published is not None and "day" in text and _WEEKDAY_NAME.search(text) is not None
    has_relative = published is not None and has_part(text, _RELATIVE_PHRASES)
    if not (has_digit or has_weekday or has_relative):
        return []  # (most sentences: no pattern below can match)
    has_month = has_digit and _MONTH_START.search(text) is not None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def put(s: int, e: int, value: dt.date | None, precision: str = "day") -> None:
        if value is None or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, value, precision))

    for m in _ISO.finditer(text) if has_digit and "-" in text else ():
        put(m.start(), m.end(), _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))))

    def put_day(m: re.Match[str], month: str, day: str, year: str | None) -> None:
        mo, d = _MONTHS[month.lower().rstrip(".")], int(day)
        last_year = _LAST_YEAR.match(text, m.end())
        if year:
            put(m.start(), m.end(), _safe(int(year), mo, d))
        elif published and last_year:  # "on November 3 last year"
            put(m.start(), last_year.end(), _safe(published.year - 1, mo, d))
        elif published:
            put(m.start(), m.end(), _year_for(mo, d, published))

    for m in _MONTH_DAY.finditer(text) if has_month else ():
        put_day(m, m.group(1), m.group(2), m.group(3))
    for m in _DAY_MONTH.finditer(text) if has_month else ():
        put_day(m, m.group(2), m.group(1), m.group(3))
    if published is None:
        return sorted(found, key=lambda d: d.start)
    for m in _WEEKDAY.finditer(text) if has_weekday else ():
        lead = (m.group(1) or "").lower()
        if lead in ("since", "by"):
            continue
        if any(d.start == _APPOSED.match(text, m.end()).end() for d in found):  # type: ignore[union-attr]
            continue  # "on Friday, Nov. 7", "Monday 3 November": the written date is the day meant
        wanted = _DAYS.index(m.group(2).lower())
        back = (published.weekday() - wanted) % 7
        if lead == "last" and back == 0:
            back = 7
        put(m.start(), m.end(), published - dt.timedelta(days=back))
    for m in _RELATIVE.finditer(text) if has_relative else ():
        phrase = m.group(1).lower()
        if phrase in ("yesterday", "last night"):
            put(m.start(), m.end(), published - dt.timedelta(days=1))
        elif phrase in ("today", "this morning"):
            put(m.start(), m.end(), published)
        elif phrase == "last week":
            put(m.start(), m.end(), published - dt.timedelta(days=7), "week")
        elif phrase in ("this week", "earlier this week"):
            put(m.start(), m.end(), published - dt.timedelta(days=published.weekday()), "week")
    return sorted(found, key=lambda d: d.start)


def nearest_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The date phrase closest to a trigger at ``pos`` (sentence offsets)."""
    if not dates:
        return None
    return min(dates, key=lambda d: abs((d.start + d.end) // 2 - pos))


# a date inside a reported clause: a speech verb, then the reported clause's own verb, then the date ("said police
# had arrested X on Wednesday", "said she had spoken to Y on Thursday", "said those sent back on Tuesday")
_REPORTED_CLAUSE_BEFORE = re.compile(r"\b(?:" + SPEECH_TAGS + r"|stated|announced)\b[^;:]*?\b(?:had|has|have|was|were|"
                                     r"[a-z]{2,}ed|met|held|spoke|sent|took|gave|began|fled|left|struck|hit|shot)\b[^;:]*$")
# the trigger opens a verb coordinated with the speech verb: "and accused", "and, per media, urged", "and said she
# had asked"
_AND_THEN = re.compile(r"(?:^|[\s,])and\s*(?:,[^,]{1,60},\s*)?(?:also\s+|then\s+|later\s+)?"
                       r"(?:(?:said|says|added)\s+(?:that\s+)?(?:he|she|it|they|the \w+)\s+(?:had|has|have)\s+)?$")


# a subordinate clause of its own between the date and the trigger, in either order: "recalled envoys on Tuesday
# after X accused Y", "in the worst clash since the two signed a treaty", "After X shelled Y on Monday, Z ..."
# ("until police dispersed them" goes on to the date's event; "after two days of clashes" is no clause)
_SUBORDINATE = re.compile(r"\b(?:after|since|before|because|although|though|whereas)\s+(?!(?:on|in|at|the|a|an|this|last|"
                          r"that|its|his|her|their|two|three|four|five|several|many|days?|weeks?|months?|years?|hours?|"
                          r"decades?|talks|clashes|fighting)\b)[a-z]", re.I)


# a day the event is placed relative to, not on: "since Nov. 3", "after Monday's talks", "on the eve of March 3"
_RELATIVE_TO = re.compile(r"\b(?:since|by|until|till|before|after|ahead\s+of|eve\s+of)\s+(?:the\s+)?$", re.I)
# "adjourned the hearing to Oct. 7": the new day of the event put off, not that of the sentence's other acts
_PUT_OFF_TO = re.compile(r"\b(?:adjourn|postpon|defer|delay|reschedul|put\s+off|pushed\s+back)\w*\s+(?:[\w\-]+\s+){0,4}?"
                         r"(?:to|for)\s+$", re.I)
# a date between a determiner and the noun it dates: "the March 3 agreement", "a Nov. 3 ruling"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?=[a-z])")


def not_its_day(text: str, date: DateMention, trigger_start: int) -> bool:
    """Whether the date names another event's day: one the event is told relative to ("since Nov. 3"), or one that
    dates a noun other than the trigger ("the Nov. 3 agreement"; "the Nov. 3 attack" dates an "attack" trigger)."""
    if _RELATIVE_TO.search(text, max(0, date.start - 16), date.start) \
            or _PUT_OFF_TO.search(text, max(0, date.start - 70), date.start):
        return True
    noun = _NOUN_AFTER.match(text, date.end)
    return noun is not None and noun.end() != trigger_start \
        and _DETERMINER_BEFORE.search(text, max(0, date.start - 8), date.start) is not None


# a relative clause on the trigger's object, before the date: "rejected the demand, which X made on Monday", "the
#   demand (that) Washington made on Monday"; or a participle on an answered demand or charge ("the proposal put
#   forward by X on Monday"; not "denied the charges in a statement issued by his lawyer on Wednesday")
_RELATIVE_AFTER = re.compile(r"(?:,\s*|\b)(?:[Ww]hich|[Ww]hom|[Ww]hose)\b|,\s*who\b|"
                             r"\b(?:the|an?|its|their|his|her)\s+(?:[a-z][\w\-]*\s+){1,4}?(?:that\s+)?(?:the\s+)?"
                             r"(?:[A-Z][\w.’'\-]*\s+){1,4}(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|made|sent|put\s+forward|"
                             r"brought|gave|set\s+out)\b|"
                             r"\b(?:the|an?|its|their|his|her)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:demands?|proposals?|offers?|"
                             r"requests?|plans?|ultimatums?|invitations?|accusations?|allegations?|claims?|charges?),?\s+"
                             r"(?:[a-z]+ed|made|put\s+forward)\s+by\b")


# a relative clause the date sits in, closed before a trigger after it: "The demand, which X made on Monday, was rejected"
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom)\b[^,;]*$", re.I)


# after the trigger: a second reported clause ("..., and that ..."), or a noun dated by its own participle ("a
#   ceasefire agreed on Saturday", "the sanctions imposed last week")
_LATER_THAT = re.compile(r"\band\s+that\b")
_DATED_NOUN = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}?[a-z]+\s+(?:agreed|signed|reached|announced|"
                         r"brokered|declared|imposed|concluded|adopted|passed)\s+(?:on\s+)?$")


def other_clause(text: str, date: DateMention, trigger_start: int) -> bool:
    """Whether the date is another clause's: a subordinate clause between date and trigger, a relative clause
    that holds the date (on the trigger's object, or closed before the trigger), or a reported clause."""
    lo, hi = (date.end, trigger_start) if date.end <= trigger_start else (trigger_start, date.start)
    if lo == trigger_start and (_LATER_THAT.search(text, lo, hi) or _DATED_NOUN.search(text, max(lo, hi - 60), hi)):
        return True  # "said he had met X, and that a truce agreed on Saturday was holding": the truce's day
    return _SUBORDINATE.search(text, lo, hi) is not None or inside_reported_clause(text, date, trigger_start) \
        or hi == date.start and _RELATIVE_AFTER.search(text, lo, hi) is not None \
        or lo == date.end and "," in text[lo:hi] and _RELATIVE_OPEN.search(text, max(0, date.start - 80), date.start) is not None


def inside_reported_clause(text: str, date: DateMention, trigger_start: int) -> bool:
    """ "X said police had arrested Y on Wednesday and accused them of ...": the date is the reported arrest's,
    not that of the accusation coordinated with "said" ("X said on Monday that ... and urged Y" keeps its date)."""
    return date.end < trigger_start and _AND_THEN.search(text, date.end, trigger_start) is not None \
        and _REPORTED_CLAUSE_BEFORE.search(text, 0, date.start) is not None


@dataclass(slots=True)
class DayAnchor:
    """The last day the body named so far: what "the next day" or "that day" in a later sentence counts from."""
    day: dt.date | None = None


_ANAPHORIC = re.compile(r"\b(?:the\s+(?:following|next)\s+(?P<next>day|morning|afternoon|evening|night)|"
                        r"(?P<prev>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|"
                        r"the\s+day\s+before(?=\s*[,.;]))|"
                        r"(?P<weeks>a|one|two|three)\s+weeks?\s+later|"
                        r"(?P<n>a|one|two|three|four|five|six)\s+days?\s+later|"
                        r"(?P<back>a|one|two|three|four|five|six)\s+days?\s+after|"
                        r"(?:that|the\s+same)\s+(?P<that>day|morning|afternoon|evening|night))\b", re.I)
# one is in every _ANAPHORIC match: single words, as the phrases may be broken by any run of white space ("that\nday"
#   in hard-wrapped text)
_ANAPHORIC_PARTS = ("following", "next", "later", "that", "after", "previous", "preceding", "before", "same")
# and one of these: the day, part of day or week it names (checked second: "that", "after" are common words)
_ANAPHORIC_UNITS = ("day", "week", "morning", "afternoon", "evening", "night")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _shift(m: re.Match[str]) -> int:
    """Days from the earlier day to the one an ``_ANAPHORIC`` match names."""
    if m.group("next") or m.group("prev"):
        return 1 if m.group("next") else -1
    if m.group("weeks"):
        return 7 * _COUNT[m.group("weeks").lower()]
    if m.group("n"):
        return _COUNT[m.group("n").lower()]
    return -_COUNT[m.group("back").lower()] if m.group("back") else 0  # "on Monday, two days after X sanctioned"


def with_anaphoric_dates(text: str, dates: list[DateMention], anchor: DayAnchor) -> list[DateMention]:
    """``dates`` plus the days told relative to an earlier one ("arrested on Tuesday and charged the following
    day", "He was detained that day", "on Wednesday, two days after X sanctioned Y"): counted from the last day named before the phrase in the sentence, else in
    the sentences before it; without such a day nothing is added. Moves ``anchor`` to the sentence's last day."""
    found = dates
    low = lowered(text)  # (for both guards)
    if has_lower_part(low, _ANAPHORIC_PARTS) and has_lower_part(low, _ANAPHORIC_UNITS):
        found = list(dates)
        for m in _ANAPHORIC.finditer(text):
            if any(m.start() < d.end and d.start < m.end() for d in dates):
                continue
            before = [d.value for d in found if d.end <= m.start() and d.precision == "day"]
            base = before[-1] if before else anchor.day
            shift = _shift(m)
            after = [d.value for d in dates if d.start >= m.end() and d.precision == "day"]
            if m.group("back") and not before and after:  # "X signed, a day after Y met on Monday": Monday + 1
                base, shift = after[0], -shift
            if base is None:
                continue
            found.append(DateMention(m.start(), m.end(), base + dt.timedelta(days=shift), "day"))
        found.sort(key=lambda d: d.start)
    for d in reversed(found):
        if d.precision == "day":
            anchor.day = d.value
            break
    return found


# a year the sentence places its event in or from ("since 2021", "in March 2019", "in early 2020")
_OWN_YEAR = re.compile(r"\b(?:in|since|from|until|till|by|before|after|during|early|late|mid-?|[A-Z][a-z]{2,8}\.?)"
                       r"\s+((?:1[89]|20)\d\d)\b")


def names_other_year(text: str, day: str) -> bool:
    """Whether ``text`` writes a year other than that of ``day`` (ISO): its event is not the one an earlier
    sentence dated ("X accused Y on Monday. X has been barred by Y since 2019")."""
    return any(m.group(1) != day[:4] for m in _OWN_YEAR.finditer(text))
