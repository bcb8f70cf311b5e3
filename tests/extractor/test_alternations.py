"""alternations.factored matches what the plain sorted alternation matches, with the same match, in any pattern."""

from __future__ import annotations

import random
import re

from actorgraph.loaders.extractor.alternations import factored


def test_factored_matches_as_the_sorted_alternation() -> None:
    rng = random.Random(0)
    for _ in range(1500):
        words = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))}
        tail = rng.choice(["", r"\b", "c", "b?c", "(?=a)", r"\w*?c", r"\s"])
        plain = re.compile("(?:" + "|".join(sorted(words)) + ")" + tail, re.I)
        trie = re.compile(factored(words) + tail, re.I)
        for _ in range(10):
            text = "".join(rng.choice("abcdAB ") for _ in range(rng.randint(0, 9)))
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]
            for pos in range(len(text) + 1):
                a, b = plain.match(text, pos), trie.match(text, pos)
                assert (a and a.span()) == (b and b.span())


def test_factored_shares_first_letters_and_keeps_other_words_as_they_are() -> None:
    assert factored({"march", "marches", "army", "arms"}) == "(?:a(?:r(?:m(?:s|y)))|m(?:a(?:r(?:c(?:h(?:es)??)))))"
    assert factored({"u.n.", "army"}) == "(?:army|u.n.)"
