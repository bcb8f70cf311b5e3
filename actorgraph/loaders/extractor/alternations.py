"""A regex alternation of many plain words, factored by their leading letters.

``(?:activists|army|...)`` makes the regex engine try every word in turn at each place the words may start;
``(?:a(?:ctivists|rmy)|...)`` tries the first letter once for all the words that share it. The factored group
tries the same words in the same (sorted) order — a word that begins a longer one comes first, as it sorts first
(``march(?:es)??``) — so it matches exactly what ``(?:`` + ``"|".join(sorted(words))`` + ``)`` matches, in any
pattern, with the same match. Words that are not plain ASCII letters and digits are joined as they are.
"""

from __future__ import annotations


def factored(words: frozenset[str] | set[str] | list[str]) -> str:
    """The words as one alternation group that needs no escaping: ``(?:a(?:ctivists|rmy)|b...)``."""
    plain = sorted(set(words))
    if not plain or not all(w.isascii() and w.isalnum() for w in plain):
        return "(?:" + "|".join(plain) + ")"
    return "(?:" + _branches(plain) + ")"


def _branches(words: list[str]) -> str:
    """``words`` (sorted, distinct, none empty) as alternatives sharing their first letters."""
    out: list[str] = []
    k = 0
    while k < len(words):
        first = words[k][0]
        j = k
        while j < len(words) and words[j][0] == first:
            j += 1
        rests = [w[1:] for w in words[k:j]]  # sorted still, distinct, at most the first one empty
        tails = [r for r in rests if r]
        if not tails:
            out.append(first)
        else:
            inner = _branches(tails)
            optional = len(tails) < len(rests)  # one word ends here: "march" of "march", "marches" (tried first)
            bare = len(inner) == 1 if optional else len(tails) == 1 and "|" not in inner
            out.append(first + (inner if bare else "(?:" + inner + ")") + ("??" if optional else ""))
        k = j
    return "|".join(out)
