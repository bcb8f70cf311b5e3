"""Names that end in a numeral: "the opposition movement Group 24", "Charter 97", "Unit 8200", "Channel 4",
"the broadcaster France 24", "Bloc 2025", "the Group of 20", "the survey vessel Sea Lark 03", and the rights
group "Article 19, a free-expression group" (but not "Article 5 of the treaty").

A capitalised run stops before a number (a number is not a name word), so "Group 24" was read as "Group". The
number belongs to the name only after a head noun that bodies are numbered with (group, movement, unit, channel
...), after a country's name for a broadcaster ("France 24": one or two digits), or after a ship's name; a year
only after heads that take one ("Bloc 2025", not "Cartel 2024"). Never a count ("Group 24 hours"), a range
("Unit 4-5"), a time ("Channel 4:30") or a date ("March 24": month names are not heads)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.capitalised_runs import classify_run
from actorgraph.loaders.extractor.dates import MONTH_NAMES
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.name_runs import ACRONYM, capseq_end
from actorgraph.loaders.extractor.text import Sentence

_NUMERAL = re.compile(r"\d{1,5}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MEDIA_HEADS = frozenset("channel radio tv canal kanal".split())
_NUMBERED_HEADS = frozenset("group movement charter unit team bloc alliance coalition front generation initiative "
                            "collective squad commando brigade battalion detachment force".split()) | _MEDIA_HEADS
# heads a year can follow ("Bloc 2025", "Platform 2030"); a platform takes no other number ("Platform 9")
_YEAR_HEADS = frozenset("bloc movement coalition alliance platform initiative generation charter front".split())
# "Unit 8200", "Unit 29155": a unit of a service has a long number, a reactor ("Unit 3 of the plant") a short one
_LONG_NUMBER_HEADS = frozenset({"unit"})
# after "France 24": what a broadcaster's name is followed by (a count is followed by its noun: "in Mali 12 soldiers")
_AFTER_BROADCASTER = frozenset("said says reported reports quoted aired broadcast cited told has had was is and or "
                               "that which journalist journalists correspondent correspondents reporter reporters "
                               "website channel on in at for over after since until last this earlier".split())
# what after a number makes it a count, a measure or part of a range, not part of the name before it
_COUNTED = frozenset("percent per cent people persons members hours days weeks months years minutes seconds km "
                     "kilometres kilometers miles metres meters times tonnes tons million billion thousand dead "
                     "killed wounded injured others more".split())
_NOT_AFTER = frozenset({"-", "–", "—", ":", "/", "%"})
# "Article 19 said ...", "Article 19, a free-expression group": an article that acts is a body of that name
_ARTICLE_ACTS = frozenset("said urged called condemned criticised criticized warned accused demanded welcomed "
                          "documented denounced".split())
_BODY_NOUNS = frozenset("group organisation organization watchdog ngo charity campaign body".split())
# "Channel 4 News", "France 24 Arabic": a service of the numbered body
_MEDIA_TAILS = frozenset("news tv television radio arabic english french spanish international".split())
# "the March 23 Movement", "the 6 April Youth Movement", "the March 14 Alliance": a body named for a date
_MONTH_NAMES = frozenset(MONTH_NAMES)
_DATED_HEADS = frozenset("movement front group coalition alliance brigade brigades battalion party union collective "
                         "committee".split())


def _numeral_at(words: list[str], k: int) -> bool:
    """Whether token ``k`` is a bare number that ends the name: not followed by a count noun, a range or a time."""
    if k >= len(words) or not _NUMERAL.fullmatch(words[k]):
        return False
    if k + 1 < len(words):
        nxt = words[k + 1]
        if nxt in _NOT_AFTER or nxt.lower() in _COUNTED or nxt[:1].isdigit():
            return False
    return True


def _article_body(words: list[str], lower: list[str], k: int) -> bool:
    """ "Article 19 said ..." / "Article 19, a free-expression group, ...": the article named at ``k`` acts."""
    n = len(words)
    if k + 1 < n and lower[k + 1] in _ARTICLE_ACTS:
        return True
    if k + 2 < n and words[k + 1] == "," and lower[k + 2] in ("a", "an", "the"):
        return any(lower[x] in _BODY_NOUNS for x in range(k + 3, min(n, k + 7)))
    return False


def numbered_end(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> int:
    """The end of the run ``words[i:j]`` with the number that belongs to its name, or ``j`` when none does."""
    if j >= len(words) or j - i > 6:
        return j
    head = lower[j - 1]
    if words[j] == "+" and len(words[j - 1]) <= 4 and any(ch.isdigit() for ch in words[j - 1]) and j + 1 < len(words) \
            and len(words[j + 1]) == 1 and words[j + 1].isdigit():
        return j + 2  # "the P5+1": a group of states written as a sum
    if _numeral_at(words, j):
        num = words[j]
        year = _YEAR.fullmatch(num) is not None
        if year and head in _YEAR_HEADS \
                or head in _NUMBERED_HEADS and not year and not (head in _LONG_NUMBER_HEADS and len(num) < 3):
            k = j + 1
            if head in _MEDIA_HEADS:
                while k < len(words) and lower[k] in _MEDIA_TAILS and words[k][:1].isupper():
                    k += 1
            return k
        if head == "article" and j - i == 1 and len(num) <= 3 and _article_body(words, lower, j):
            return j + 1
        if (c := lex.country_at(words, i)) and i + c[0] == j and c[1].role == "name" and len(num) <= 2 \
                and j - i == 1 and (j + 1 == len(words) or not words[j + 1][:1].islower()
                                    or lower[j + 1] in _AFTER_BROADCASTER):
            return j + 1  # "France 24", "Russia 24": a broadcaster named after its country
        if (k := _dated_body_end(lex, words, lower, i, j)) > j:
            return k
    if head == "group" and lower[j] == "of" and _numeral_at(words, j + 1) and len(words[j + 1]) <= 2 and j > 1:
        return j + 2  # "the Group of 20", "Group of 7 (G7)"
    return j


_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _is_day(word: str) -> bool:
    m = _DAY.fullmatch(word)
    return m is not None and 1 <= int(m.group(1)) <= 31


def _dated_body_end(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> int:
    """ "the March 23 Movement": the run ``words[i:j]`` is "(The) <Month>" after "the", a day follows, then a
    capitalised name ending in a movement's head noun; returns the end of that name, or ``j``."""
    if lower[i] == "the" and i + 1 < j:
        i += 1
    after_the = i == 0 or lower[i - 1] == "the"
    if j != i + 1 or lower[i] not in _MONTH_NAMES or not _is_day(words[j]) or not after_the:
        return j
    if j + 1 >= len(words) or not words[j + 1][:1].isupper():
        return j
    k = capseq_end(lex, words, lower, j + 1)
    return k if lower[k - 1] in _DATED_HEADS and k - j <= 4 else j


def day_first_body_end(lex: Lexicon, words: list[str], lower: list[str], i: int) -> int:
    """ "the 6 April Youth Movement", "the 23 March Movement": a day (at ``i``, after "the"), a month and a
    name ending in a movement's head noun; returns the end of the name, or 0."""
    n = len(words)
    m = i + 2 if i + 1 < n and lower[i + 1] == "of" else i + 1  # "the 26th of July Movement"
    if not (0 < i and m + 1 < n and lower[i - 1] == "the" and _is_day(words[i]) and lower[m] in _MONTH_NAMES
            and words[m][:1].isupper() and words[m + 1][:1].isupper()):
        return 0
    k = capseq_end(lex, words, lower, m + 1)
    return k if lower[k - 1] in _DATED_HEADS and k - i <= 6 else 0


def numbered_vessel_end(words: list[str], j: int) -> int:
    """ "the survey vessel Sea Lark 03", "the boat, the QNg 90417 TS": a ship's name runs on through its number
    (and a registry code right after it)."""
    if not _numeral_at(words, j):
        return j
    j += 1
    if j < len(words) and ACRONYM.match(words[j]) and len(words[j]) <= 3:
        j += 1
    return j


def add_numbered_body(lex: Lexicon, sent: Sentence, words: list[str], lower: list[str], i: int, j: int, k: int,
                      add) -> int:  # type: ignore[no-untyped-def]
    """Report the run ``words[i:j]`` with its number (to ``k``) as an organisation: a demonym before the head
    ("the Ukrainian Channel 5") is read apart as ever; returns the index to continue from."""
    while i < j - 1 and lower[i] in lex.function_words and not lex.country_at(words, i):
        i += 1  # "The Group 24 ..."
    if (c := lex.country_at(words, i)) and i + c[0] < j:
        classify_run(lex, sent, words, lower, i, i + c[0], add)
        i += c[0]
    add(i, k, " ".join(words[i:k]), "Organization", "numbered")
    return k
