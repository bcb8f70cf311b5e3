"""Trying trigger patterns only at word starts with the right first letters finds exactly what a full scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.trigger_starts import AFTER, WordStarts, beginnings, matches_at_starts

TRICKY = [
    r"(?:a\w+)b",  # the group ends early: nothing may be appended after it
    r"ab?c",
    r"(?:x|yz)?q",  # may start with q
    r"(?<!the )(?:arrest\w*|de[tx]ain)s?",
    r"(?:(?:called|calls|call)(?! (?:for|on))|phon(?:ed|es))",
    r"(?<=, )an? (?:ally|friend)",
    r"h[oe]ld|holds",
    r"(?:is|was) (?:a |an )?(?:backer|ally)",
    r"[a-c]{2}x",
    r"-?fire",
    r"(?:(?:closely )?associated with|ties to)",  # an optional part longer than a beginning
    r"(?:is |(?<=, ))an? ally",  # after a lookbehind, too few letters: an "after" head
    r"(?<=, )\w+ ally|(?<=is )ally",
]
LETTERS = "abcdehilnopqrstxyz ,-'"


def _begins(text: str, head: str, at: int) -> bool:
    """Whether a match at ``at`` begins with ``head``: its letters, or for an "after" head, its text before them too."""
    if not head.startswith(AFTER):
        return text.startswith(head, at)
    before, _, letters = head[len(AFTER) :].partition(AFTER)
    return text.endswith(before, 0, at) and text.startswith(letters, at)


def test_after_heads_where_a_lookbehind_opens_a_match() -> None:
    assert beginnings(r"(?:is|was) x|(?<=, )a\w+") == {"is ", "was", AFTER + ", " + AFTER + "a"}
    assert beginnings(r"(?:is |(?<=, ))(?:the )?\w+") == {"is ", AFTER + ", " + AFTER}  # (", the": after ", ")
    assert beginnings(r"(?<=came )under fire") == {"und"}  # letters enough: as without the lookbehind
    assert beginnings(r"(?<=b)a") == {"a"}  # (no word start follows a letter)
    text = "the union is an ally, an ally of x, the ally, a ally"
    pattern = r"(?:is |(?<=, ))(?:the )?a\w+"
    starts = WordStarts(text)
    assert starts.candidates(beginnings(pattern)) == [10, 22, 36, 46]
    full = [m.span() for m in re.finditer(r"(?<![\w\-])(?:" + pattern + r")(?![\w\-])", text)]
    assert full == [(10, 15), (22, 24), (36, 44)]
    assert list(matches_at_starts(re.compile(r"(?:" + pattern + r")(?![\w\-])"), starts, beginnings(pattern))) == full


def test_beginnings_of_plain_alternatives() -> None:
    assert beginnings(r"(?:arrest\w*|de[tx]ain)s?") == {"arr", "det", "dex"}
    assert beginnings(r"(?:a\w+)b") == {"a"}
    assert beginnings(r"ab?c") == {"abc", "ac"}


@pytest.mark.parametrize("pattern", [r"\w+ said", r"(?:x|y)?z?", r"(?i)arrest", r".ny", r"[^a]b"])
def test_no_beginnings_when_a_match_may_start_with_anything(pattern: str) -> None:
    assert beginnings(pattern) is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TRICKY), st.text(alphabet=LETTERS, max_size=60),
       st.lists(st.sampled_from(["arrest", "detains", "called", "phoned", "held", "holds", "is an ally",
                                 ", an ally", "abc", "ac", "q", "yzq", "aab", "abx", "-fire", "fire", "closely associated with", "associated with",
                                 "ties to"]), max_size=6))
def test_every_match_starts_with_a_beginning(pattern: str, noise: str, words: list[str]) -> None:
    text = " ".join([noise, *words, noise[::-1]])
    heads = beginnings(pattern)
    if heads is None:
        return
    for m in re.finditer(pattern, text):
        assert any(_begins(text, h, m.start()) for h in heads), (pattern, m)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TRICKY), st.text(alphabet=LETTERS, max_size=80))
def test_word_start_scan_is_the_word_bounded_scan(pattern: str, text: str) -> None:
    scan = re.compile(r"(?:" + pattern + r")(?![\w\-])")
    heads = beginnings(scan.pattern)
    if heads is None:
        return
    full = [m.span() for m in re.compile(r"(?<![\w\-])" + scan.pattern).finditer(text)]
    assert list(matches_at_starts(scan, WordStarts(text), heads)) == full


def test_every_shipped_trigger_gives_the_spans_of_a_full_scan() -> None:
    text = ("unmet demands: kenya met uganda, re-sanctioned firms were sanctioned; the farm armed rebels and "
            "pre-talks talks with x-rays; exchanged heavy artillery fire. reimposed sanctions on iran. police "
            "arrested the mayor, released detainees and held talks with the rebels; the minister called on "
            "brazil, phoned lula and accused the opposition of plotting. the union is an ally of the party, "
            "and supplied weapons to the militia that it has long backed.")
    starts = WordStarts(text)
    triggers = lexicon().triggers
    assert sum(t.starts is not None for t in triggers) > len(triggers) // 2
    for trig in triggers:
        assert list(trig.spans(text, starts)) == [m.span() for m in trig.finditer(text)], trig.pattern.pattern


def _pattern() -> st.SearchStrategy[str]:
    """Small random patterns built from the constructs trigger patterns use."""
    atom = st.sampled_from(["a", "b", "ab", "ba", "c", " ", "-", "[ab]", "[a-c]", r"\w", r"\w*", r"\w+", "a?", "b*",
                            "(?<!a )", "(?<=b)", "(?<=, )", "(?<= )", "(?!a)", "(?:x|ab)", "(?:a|)", "[^a]", "."])
    seq = st.lists(atom, min_size=1, max_size=4).map("".join)
    group = st.lists(seq, min_size=1, max_size=3).map(lambda alts: "(?:" + "|".join(alts) + ")")
    return st.lists(st.one_of(seq, group, group.map(lambda g: g + "?")), min_size=1, max_size=3).map("".join)


@settings(max_examples=400, deadline=None)
@given(_pattern(), st.text(alphabet="abcx -,", max_size=40))
def test_random_patterns_find_the_same_spans(pattern: str, text: str) -> None:
    scan = re.compile(r"(?:" + pattern + r")(?![\w\-])")
    heads = beginnings(scan.pattern)
    if heads is None:
        return
    compiled = re.compile(pattern)
    for p in range(len(text) + 1):  # wherever it can match, not only where a scan takes a match
        if compiled.match(text, p):
            assert any(_begins(text, h, p) for h in heads), (pattern, heads, p)
    full = [m.span() for m in re.compile(r"(?<![\w\-])" + scan.pattern).finditer(text)]
    assert list(matches_at_starts(scan, WordStarts(text), heads)) == full
