"""Where a trigger pattern can start: the few-letter beginnings its matches may have, and a per-document index
of word starts by their first letters.

Scanning an article with each of ~125 trigger patterns made the regex engine try most patterns at most
characters. A trigger match only ever starts at a word start (the text's start, or after a character that is not
``[\\w\\-]``), and each pattern's possible first letters can be read off its parse tree. So the positions worth
trying are the word starts whose first letters are one of the pattern's beginnings; ``match`` is tried only
there. ``beginnings`` over-approximates (any construct it does not understand ends a beginning early, which
only lets more positions through), so the matches found are exactly those a full scan finds.

A pattern whose match may open with a lookbehind and then letters too few to tell (``(?:is|was) |(?<=, )an?
ally``) has "after" heads: what the text holds right before the match and the letters the match begins with
(AFTER + ", " + AFTER + "a "), tried at the word starts that follow each ", " and begin with those letters,
instead of scanning the whole text.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add
from typing import Any

try:  # the standard library's own regex parser (Python 3.11+); without it every pattern is scanned in full
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None

DEPTH = 3  # letters of a beginning
AFTER = "\0"  # opens an "after" head: AFTER + the text a match follows + AFTER + its first letters
# a word starts at the text's start and right after each character that is not [\w\-] (the positions
# ``(?<![\w\-])`` matches at): the ends of the matches of _NOT_WORD, found much faster than that empty lookbehind
_NOT_WORD = re.compile(r"[^\w\-]")
_END = re.Match.end
# in ASCII text the same word starts come from C without a regex match per start: each byte not in [\w\-] made a
# space, the text split at spaces, and the start of each piece summed from the lengths of those before it
_WORD_BYTES = frozenset((string.ascii_letters + string.digits + "_-").encode())
_SPACED = bytes(b if b in _WORD_BYTES else 32 for b in range(256))
_MAX_CLASS = 12  # a character class with more members than this ends a beginning


class _Stop(Exception):
    """A construct whose first letters are not worth listing: the beginnings end before it."""


def beginnings(pattern: str) -> frozenset[str] | None:
    """Strings of at most DEPTH letters one of which begins (``startswith``) every text at which ``pattern``
    matches; None when there is no useful answer (a match may start with anything, or flags are in play)."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
            return None
        found, _complete = _sequence(list(parsed.data), frozenset({""}))
    except (re.error, AttributeError, TypeError, ValueError):  # a parse tree of another shape: scan in full
        return None
    if not found or "" in found:
        return None
    if all(len(_letters(h)) >= DEPTH or not h.startswith(AFTER) for h in found):
        return frozenset(_letters(h)[:DEPTH] for h in found)  # letters enough: the text before them is not needed
    # an "after" head without letters takes every word start after its text: the others after that text add none
    bare = {h.rpartition(AFTER)[0] for h in found if h.startswith(AFTER) and not _letters(h)}
    heads = set()
    for h in found:
        before, _, letters = h.rpartition(AFTER)
        if not before:
            heads.add(letters[:DEPTH])
        elif before not in bare or not letters:
            heads.add(before + AFTER + letters[:DEPTH])
    return frozenset(heads)


def _letters(head: str) -> str:
    """The letters a match begins with (those after an "after" head's text)."""
    return head.rpartition(AFTER)[2]


def _after_head(av: Any, heads: frozenset[str]) -> frozenset[str] | None:
    """``(?<=, )`` opening a match: the "after" head of its text; None unless the lookbehind holds two plain letters
    or more (an "after" head is then longer than DEPTH, which ``candidates`` relies on), the last one a word cannot
    end in (the position after it is then a word start), and nothing is read yet."""
    direction, sub = av
    items = list(sub.data)
    if direction != -1 or heads != {""} or len(items) < 2 or any(op is not sre.LITERAL for op, _ in items):
        return None
    before = "".join(chr(c) for _, c in items)
    if _NOT_WORD.match(before[-1]) is None or AFTER in before:
        return None
    return frozenset({AFTER + before + AFTER})


def _sequence(items: list[tuple[Any, Any]], heads: frozenset[str]) -> tuple[frozenset[str], bool]:
    """Extend each head (a beginning so far) by the items in order. ``complete`` is False when the beginnings
    ended early (at a construct not understood, or after a repeat): nothing may then be appended to them.
    Heads of DEPTH letters or more are kept as they are and cut to DEPTH at the end."""
    for op, av in items:
        if all(len(_letters(h)) >= DEPTH for h in heads):
            return heads, True  # long enough: what follows is cut off anyway
        try:
            heads, complete = _item(op, av, heads)
        except _Stop:
            return heads, False
        if not complete:
            return heads, False
    return heads, True


def _item(op: Any, av: Any, heads: frozenset[str]) -> tuple[frozenset[str], bool]:
    if op is sre.LITERAL:
        return frozenset(h + chr(av) for h in heads), True
    if op is sre.IN:
        letters = _class_letters(av)
        return frozenset(h + c for h in heads for c in letters), True
    if op is sre.ASSERT and (after := _after_head(av, heads)) is not None:
        return after, True
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return heads, True  # zero-width: dropping its condition only lets more positions through
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Stop
        return _sequence(list(sub.data), heads)
    if op is sre.BRANCH:
        out: set[str] = set()
        complete = True
        for alternative in av[1]:
            found, done = _sequence(list(alternative.data), heads)
            out |= found
            complete = complete and done
        return frozenset(out), complete
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once, done = _sequence(list(sub.data), heads)
        if high == 1:  # at most one copy: the next item follows it or the heads directly
            return (once if low >= 1 else once | heads), done
        # the next item may follow any number of copies: the beginnings end here
        return (once if low >= 1 else once | heads), False
    raise _Stop


def _class_letters(members: list[tuple[Any, Any]]) -> set[str]:
    letters: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            letters.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            letters.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            raise _Stop  # negation, categories, wide ranges
        if len(letters) > _MAX_CLASS:
            raise _Stop
    return letters


_SPLITS: dict[frozenset[str], tuple[frozenset[str], bool]] = {}


def _split(heads: frozenset[str]) -> tuple[frozenset[str], bool]:
    """The heads of DEPTH letters, and whether there are others ("after" heads, short ones); worked out once per
    set of heads (a trigger's ``starts``)."""
    found = _SPLITS.get(heads)
    if found is None:
        plain = frozenset(h for h in heads if len(h) == DEPTH)
        found = _SPLITS[heads] = (plain, len(plain) < len(heads))
    return found


class WordStarts:
    """The word starts of one text, by their first DEPTH letters (fewer at the text's end)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_prefix: dict[str, list[int]] = {}
        self._after: dict[str, list[int]] = {}  # "after" heads' word starts, found when first asked
        by_prefix = self.by_prefix
        for s in _word_starts(text):
            key = text[s : s + DEPTH]
            found = by_prefix.get(key)
            if found is None:
                by_prefix[key] = [s]
            else:
                found.append(s)

    def candidates(self, heads: frozenset[str]) -> list[int]:
        """Word starts at which some head begins, in order (a list of the index's own, not to be changed)."""
        plain, other = _split(heads)
        by_prefix = self.by_prefix
        if other:
            return self._candidates_of_any(heads)
        if len(plain) == 1:
            for h in plain:
                return by_prefix.get(h) or []
        keys = by_prefix.keys() & plain  # (looked up in C: most heads begin no word of a text)
        if len(keys) < 2:
            return by_prefix[keys.pop()] if keys else []
        found: list[int] = []
        for key in keys:
            found += by_prefix[key]
        found.sort()  # (the lists of two prefixes share no position)
        return found

    def _candidates_of_any(self, heads: frozenset[str]) -> list[int]:
        """``candidates`` where some head is not of DEPTH letters: an "after" head or a short one."""
        found: list[int] = []
        lists = 0  # the non-empty position lists joined: one is in order already
        short = False
        for h in heads:
            if len(h) == DEPTH:  # (never an "after" head: see _after_head)
                starts = self.by_prefix.get(h)
                if starts:
                    found += starts
                    lists += 1
            elif h[0] == AFTER:  # the word starts right after each place the text holds h's text
                before, _, letters = h[len(AFTER) :].partition(AFTER)
                after = self.after(before)
                found += [s for s in after if self.text.startswith(letters, s)] if letters else after
                short = True  # (in order of their own, and maybe where a head with letters starts too)
            else:  # a short head ("ac" of "ab?c") may share positions with a longer one ("abc")
                short = True
                for key, starts in self.by_prefix.items():
                    if key.startswith(h):
                        found += starts
        return sorted(set(found)) if short else found if lists < 2 else sorted(found)

    def after(self, before: str) -> list[int]:
        """The positions right after each occurrence of ``before`` (word starts: it ends in a non-word character)."""
        found = self._after.get(before)
        if found is None:
            found = []
            at = self.text.find(before)
            while at >= 0:
                found.append(at + len(before))
                at = self.text.find(before, at + 1)
            self._after[before] = found
        return found


def _word_starts(text: str) -> list[int]:
    """The text's start and the position after each character not in ``[\\w\\-]``, in order."""
    if text.isascii():
        pieces = text.encode().translate(_SPACED).split(b" ")
        starts = list(accumulate(map(add, map(len, pieces), repeat(1)), initial=0))
        starts.pop()  # (one past the text's end)
        return starts
    return [0, *map(_END, _NOT_WORD.finditer(text))]


def matches_at_starts(scan: re.Pattern[str], starts: WordStarts, heads: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans that ``Trigger.finditer`` gives: the leftmost word start at which ``scan`` matches, then the
    next one at or after the end of that match (at least one character on)."""
    return matches_at(scan, starts.text, starts.candidates(heads))


def matches_at(scan: re.Pattern[str], text: str, positions: list[int]) -> Iterator[tuple[int, int]]:
    """``matches_at_starts`` given the word starts to try (``WordStarts.candidates``)."""
    pos = 0
    for s in positions:
        if s < pos:
            continue
        m = scan.match(text, s)
        if m is not None:
            e = m.end()
            yield s, e
            pos = max(e, s + 1)
