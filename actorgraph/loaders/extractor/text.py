"""Sentences and tokens with character offsets into the document text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Final, TypeVar, final

# A word: dotted acronym (U.S.), a middle initial with its full stop between capitalised words ("Alan J. Pryce"),
# or letters/digits joined by apostrophes and hyphens; else one symbol.
_TOKEN: Final = re.compile(r"(?:[A-Za-z]\.){2,}|(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z])|\$?[\w]+(?:[’'\-.,][\w]+)*|[^\w\s]", re.UNICODE)
INITIAL: Final = re.compile(r"[A-Z]\.")  # a token only between capitalised words: "Alan J. Pryce"
# marks that _TOKEN reads as a token of their own after a word (no word character, no hyphen)
_CLOSING_MARKS: Final = frozenset(",.;:!?)\"”’'")
_DOTTED_ACRONYM: Final = re.compile(r"(?:[A-Za-z]\.){2,}")
_POSSESSIVE: Final = re.compile(r"^(.+?)([’']s?)$")
_ADJECTIVAL_TAIL: Final = re.compile(r"^[a-z]{3,}(?:ed|ing|en)$|^[a-z]+(?:run|style|made|born|wide|based|owned)$|^(?:led|run|made|born)$")
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt st jr sr no vs etc inc ltd corp co dept gov sen rep rev prof "
    "brig adm cmdr cdr cpl pvt lieut supt insp "
    "jan feb mar apr jun jul aug sep sept oct nov dec fig approx est".split()
)
_COMPANY_SUFFIXES: Final = frozenset("inc ltd corp co".split())
_SENTENCE_OPENER: Final = re.compile(r"\s+(?:The|Its|It|He|She|They|Their|His|Her|This|That|These|Those|In|On|But|A|An|We|"
                              r"Last|Earlier|Later|Meanwhile|Separately)\b")
_UNBULLETED_END: Final = r"[.!?…]+[\"'”’)\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[•\-*#])"
_SENTENCE_END: Final = re.compile(_UNBULLETED_END + r"|\s+•\s+")
# the same matches in a text without "•", found faster (the last alternative above is tried at every space); written
#   with the first character of every match as a set of its own, which lets the search skip to the candidates
#   (else the alternatives are tried at every position of the text)
_SENTENCE_END_UNBULLETED: Final = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s+|$)|(?<=\n)\s*\n|(?<=\n)(?=\s*[•\-*#]))")
_WRAPPED_AFTER: Final = re.compile(r"\s(?:the|a|an|of|to|with|on|in|at|for|by|from|against|between|into|over|and|or|"
                            r"that|its|their|his|her)$")
_WRAPPED_TAIL: Final = 1 + max(map(len, re.findall(r"[a-z]+", _WRAPPED_AFTER.pattern)))  # the most it matches: " against"
_PARAGRAPH: Final = re.compile(r"\n\s*\n")
# the next list item after one closed by ";" at a line end ("X, a bank;\nY, its owner;"; bullets: _SENTENCE_END)
_NEXT_ITEM: Final = re.compile(r"[ \t]*[A-Z0-9\"\u201c]")
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)$")
TIME_ZONES: Final = frozenset("GMT UTC EST EDT CST CDT PST PDT CET CEST BST MSK JST KST IST EAT WAT CAT SAST AEST AEDT".split())
# what goes on after "a.m."/"p.m." in the same sentence: a lower-case word, a number, a day, a month or a time zone
_CLOCK_GOES_ON: Final = re.compile(r"\s+(?:[a-z0-9(,]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:" + "|".join(sorted(TIME_ZONES)) + r")\b)")


@final
class Token:
    """A word with its offsets, equal and hashed by value as the tuple ``(text, start, end)``. A plain class, not
    a named tuple: compiled (mypyc), a document's thousands are built and read without Python calls."""

    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self.start == other.start and self.end == other.end \
            and self.text == other.text

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    index: int
    tokens: list[Token]
    headline: bool = False
    word_runs: frozenset[str] | None = field(default=None, repr=False, compare=False)  # has_word's, once asked
    # token_lowers', once asked, with the token list they are of
    lowers: tuple[list[Token], list[str]] | None = field(default=None, repr=False, compare=False)

    # written out, not left to @dataclass: compiled (mypyc), a dataclass's own __init__ stays interpreted
    def __init__(self, text: str, start: int, end: int, paragraph: int, index: int, tokens: list[Token],
                 headline: bool = False, word_runs: frozenset[str] | None = None,
                 lowers: tuple[list[Token], list[str]] | None = None) -> None:
        self.text, self.start, self.end, self.paragraph, self.index = text, start, end, paragraph, index
        self.tokens, self.headline, self.word_runs, self.lowers = tokens, headline, word_runs, lowers

    def __copy__(self) -> Sentence:
        """A shallow copy; see ``Mention.__copy__`` for why it is written out."""
        return Sentence(self.text, self.start, self.end, self.paragraph, self.index, self.tokens, self.headline,
                        self.word_runs, self.lowers)


TOKEN_TEXT: Final = attrgetter("text")  # a token's text, for map() over a sentence's tokens (no Python call per token)

_Told = TypeVar("_Told")


def previous_body(history: Sequence[tuple[Sentence, _Told]]) -> tuple[Sentence, _Told] | None:
    """The last sentence of ``history`` (with what was found in it) that is not the headline: the one read before."""
    return next(((past, found) for past, found in reversed(history) if not past.headline), None)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens; possessive "'s" is split off, and "Kong-registered" loses its lower-case tail."""
    # the hot loop of sentence splitting: the text's runs of non-space characters, each a token when it is
    #   alphanumeric (most words, no pattern run); the others are read by _TOKEN (_run_tokens)
    out: list[Token] = []
    append, find = out.append, text.find
    runs = text.split()
    # with one whitespace character between runs and none around them (the common case), each run starts one
    #   character after the end of the one before: no search for it
    spaced = sum(map(len, runs)) + len(runs) - 1 == len(text)
    end = -1 if spaced else 0
    for run in runs:
        start = end + 1 if spaced else find(run, end)  # (only spaces lie between the last run's end and this start)
        end = start + len(run)
        if run.isalnum():
            append(Token(run, start + offset, end + offset))
        elif run[-1] in _CLOSING_MARKS and run[:-1].isalnum() and (run[-1] != "." or len(run) > 2):
            # "word," "word.": the word and the mark (but "J.": a middle initial may be one token, see _TOKEN)
            append(Token(run[:-1], start + offset, end - 1 + offset))
            append(Token(run[-1], end - 1 + offset, end + offset))
        else:
            _run_tokens(text, start, end, offset, append)
    return out


def _run_tokens(text: str, start: int, end: int, offset: int, append: Callable[[Token], object]) -> None:
    """The tokens of the run of non-space characters text[start:end], as _TOKEN reads them in the whole text (no
    match holds a space, and every other character starts one: the matches follow on from ``start``; the pattern
    is run on the whole text, so that its lookarounds see the words around the run)."""
    pos = start
    while pos < end:
        m = _TOKEN.match(text, pos)
        assert m is not None  # (see above)
        word = m.group()
        pos = m.end()
        start = m.start() + offset
        if word.isalnum():
            append(Token(word, start, pos + offset))
            continue
        if word[-1] in ",." and len(word) > 2 and not _DOTTED_ACRONYM.fullmatch(word):
            word = word.rstrip(",.")
        if "'" in word or "’" in word:
            poss = _POSSESSIVE.match(word)
            if poss and len(poss.group(1)) > 1 and poss.group(2)[1:] in ("s", ""):
                base = poss.group(1)
                append(Token(base, start, start + len(base)))
                append(Token(poss.group(2), start + len(base), start + len(word)))
                continue
        if "-" in word and word[:3] in ("Ex-", "ex-") and len(word) > 5 and word[3].isalpha():
            append(Token(word[:2], start, start + 2))  # "Ex-President X": the title "ex" and "President"
            append(Token(word[3:], start + 3, start + len(word)))
            continue
        if "-" in word and word[0].isupper():
            head, _, tail = word.partition("-")
            if tail and _ADJECTIVAL_TAIL.match(tail):  # "Kong-registered", "Kurdish-led"; not "Ching-te"
                append(Token(head, start, start + len(head)))
                append(Token(word[len(head) + 1 :], start + len(head) + 1, start + len(word)))
                continue
        append(Token(word, start, start + len(word)))


_WORD_RUN: Final = re.compile(r"\w+")
# characters that lower() or a case-insensitive pattern turns into ASCII letters (or, for "İ", into two
# characters): in a sentence with one of them, has_word cannot tell and says True
_CASE_FOLDING: Final = ("\u0130", "\u0131", "\u017f", "\u212a")
_UNKNOWN: Final[frozenset[str]] = frozenset({""})


def folds_unevenly(text: str) -> bool:
    """Whether lower-casing ``text`` can differ from matching it case-insensitively (see _CASE_FOLDING)."""
    return not text.isascii() and any(c in text for c in _CASE_FOLDING)


def sentence_words(sent: Sentence) -> frozenset[str] | None:
    """The sentence's words (maximal runs of word characters), lower-cased; None when a character in it makes
    lower-casing differ from case-insensitive matching. Made once per sentence."""
    runs = sent.word_runs
    if runs is None:
        runs = _word_runs(sent)
    return None if runs is _UNKNOWN else runs


# for an ASCII text: each character \w does not match made a space and each upper-case letter lower-cased, so that
#   split() leaves the lower-cased runs of _WORD_RUN (in ASCII, \w is [A-Za-z0-9_]), at a fraction of its cost
_ASCII_WORDS: Final = bytes(ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


def _word_runs(sent: Sentence) -> frozenset[str]:
    """Fills the sentence's ``word_runs`` (``_UNKNOWN`` for a text that folds unevenly) and returns them."""
    text = sent.text
    if text.isascii():
        runs = frozenset(text.encode().translate(_ASCII_WORDS).decode().split())
    else:
        runs = _UNKNOWN if folds_unevenly(text) else frozenset(_WORD_RUN.findall(text.lower()))
    sent.word_runs = runs
    return runs


def token_lowers(sent: Sentence) -> list[str]:
    """The sentence's tokens lower-cased (each its ``Token.lower``), made once per sentence (again when its tokens
    are replaced, as split_pairs does): several passes walk them. Shared: not to be changed."""
    cached = sent.lowers
    if cached is None or cached[0] is not sent.tokens:
        cached = sent.lowers = (sent.tokens, list(map(str.lower, map(TOKEN_TEXT, sent.tokens))))
    return cached[1]


def has_word(sent: Sentence, words: frozenset[str]) -> bool:
    """Whether one of the lower-case ``words`` is a whole word of the sentence, in any case (True when that
    cannot be told). A pattern that can only match with such a word (``\\b(?:police|troops)\\b``) cannot
    match when this is False: a cheap check before the pattern."""
    runs = sent.word_runs  # (sentence_words without its call: this is asked some thirty times a sentence)
    if runs is None:
        runs = _word_runs(sent)
    return runs is _UNKNOWN or not runs.isdisjoint(words)


def has_part(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of the lower-case ``parts`` occurs in ``text`` in any case (True when that cannot be told
    cheaply, as in ``has_word``): a case-insensitive pattern that needs one of them cannot match otherwise."""
    if not text.isascii() and folds_unevenly(text):  # (the common ASCII case without a call)
        return True
    low = text.lower()
    for part in parts:  # a plain loop: cheaper than any() over a generator on these short tuples
        if part in low:
            return True
    return False


# what a scraped or PDF text sets differently from plain prose: a word hyphenated across a line end ("sanc-\ntioned"),
# a CR before a newline and zero-width characters (dropped), runs of spaces and tabs and the unusual spaces (one
# space); the line break of a hyphenated word is kept only when the next word is capitalised ("pro-\nRussian")
_UNPLAIN: Final = re.compile(r"(?P<drop>(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])|[\u200b\u2060\ufeff]|\r(?=\n))|"
                      r"(?P<space>[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])")


# in an ASCII text every _UNPLAIN match holds one of these (a tab, a CR, two spaces, or a hyphen before a newline
#   with at most one space between): a text with none is plain, told without running the pattern over it
_ASCII_UNPLAIN: Final = ("\t", "\r", "  ", "-\n", "- \n")


def plain_text(text: str) -> tuple[str, list[int] | None]:
    """The text as plain prose for the rules (see _UNPLAIN), and for each of its offsets (and its end) the offset
    in ``text`` it came from; ``None`` when the text is plain already."""
    if text.isascii() and not any(cue in text for cue in _ASCII_UNPLAIN) or _UNPLAIN.search(text) is None:
        return text, None
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _UNPLAIN.finditer(text):
        parts.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        if m.lastgroup == "space":
            parts.append(" ")
            origin.append(m.start())
        last = m.end()
    parts.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(parts), origin


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans with offsets such that ``text[s.start:s.end] == s.text``; lines without final
    punctuation (headlines, list items) are sentences of their own."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in (_SENTENCE_END if "•" in text else _SENTENCE_END_UNBULLETED).finditer(text):
        end = m.end() if m.group().strip() and m.group().strip() != "•" else m.start()
        if m.group().startswith((".",)) and is_abbreviation(text, m.start()):
            continue
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    sentences: list[Sentence] = []
    para_breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    for s, e in spans:
        for part_s, part_e in _split_lines(text, s, e):
            while part_s < part_e and text[part_s].isspace():
                part_s += 1
            while part_e > part_s and text[part_e - 1].isspace():
                part_e -= 1
            if part_e - part_s < 2:
                continue
            para = bisect_left(para_breaks, part_s)  # paragraph breaks before the sentence
            sent_text = text[part_s:part_e]
            tokens = tokenize(sent_text, part_s)
            headline = sent_text[-1] not in ".!?\"”’);" and _headline(tokens)  # ";": a list item
            sentences.append(Sentence(sent_text, part_s, part_e, para, len(sentences), tokens, headline))
    return sentences


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A single newline ends a sentence when the line before has no final punctuation (a headline), unless the
    line, not in Title Case, was hard-wrapped: the next goes on in lower case ("sanctioned Peru's\ndefence
    minister") or the line ends in a word no headline ends in ("held talks with\nPeru")."""
    parts: list[tuple[int, int]] = []
    cursor = start
    pos = text.find("\n", start, end)
    while pos >= 0:
        line = text[cursor:pos].rstrip()
        wrapped = text[pos + 1 : pos + 9].lstrip(" ")[:1].islower() \
            or _WRAPPED_AFTER.search(line, max(0, len(line) - _WRAPPED_TAIL)) is not None
        if line.endswith(";") and _NEXT_ITEM.match(text, pos + 1, end):
            parts.append((cursor, pos))  # a list of items, one a line: each its own sentence
            cursor = pos + 1
        elif line and line[-1] not in ",;:-—(" and not (wrapped and not _headline(tokenize(line))):
            parts.append((cursor, pos))
            cursor = pos + 1
        pos = text.find("\n", pos + 1, end)
    parts.append((cursor, end))
    return parts


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation, an initial or a dotted acronym, not a sentence."""
    m = _LAST_WORD.search(text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in _COMPANY_SUFFIXES and _SENTENCE_OPENER.match(text, dot + 1):
        return False  # "... with Harbor Logistics Ltd. Its owner said": the suffix ends the sentence
    if word.lower() in _ABBREVIATIONS:
        return True
    if text[max(0, dot - 3) : dot].lower() in ("a.m", "p.m"):  # "at 9 a.m. on Tuesday", not "at 6 p.m. The next day"
        return bool(_CLOCK_GOES_ON.match(text, dot + 1))
    return len(word) == 1 and word.isupper()  # initials ("John F. Kennedy") and dotted acronyms ("U.S.")


def _headline(tokens: list[Token]) -> bool:
    """Title Case line: most longer words capitalised, so capitalisation says nothing about names."""
    words = [t for t in tokens if t.text[0].isalpha() and len(t.text) > 3]
    if len(words) < 3:
        return False
    return sum(1 for t in words if t.text[0].isupper()) / len(words) >= 0.75
