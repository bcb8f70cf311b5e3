"""Wordings of "both sides" beyond "both X" and "the two X" (``mentions``): "both of its neighbours", "both their
governments", "the warring parties", "the two rival factions", and "the parties" as the object of a call ("urged the
parties to protect civilians"; elsewhere "the parties" may be a parliament's). Each stands for the two sides of the
dispute in progress, which ``referents`` reads as for "both sides"."""

from __future__ import annotations

from typing import Final

_SIDE_NOUNS: Final = frozenset("sides governments countries parties nations neighbours neighbors capitals powers states "
                               "allies factions".split())
_POSSESSIVES: Final = frozenset("its their his her".split())
_RIVAL: Final = frozenset("warring rival opposing feuding".split())
_PARTY_NOUNS: Final = frozenset("parties sides factions".split())
_CALL_WORDS: Final = frozenset("urged urges urging pressed presses pressing asked asks".split())
_CALLED_ON: Final = frozenset((("called", "on"), ("calls", "on"), ("calling", "on"), ("appealed", "to"),
                               ("appeals", "to")))


def pair_phrase_end(lower: list[str], i: int) -> int | None:
    """Where a "both sides" wording that starts at ``i`` ends (``lower``: the sentence's words, lower case)."""
    n, w = len(lower), lower[i]
    if w == "both":  # "both of its neighbours", "both their governments"
        j = i + 2 if i + 1 < n and lower[i + 1] == "of" else i + 1
        if j + 1 < n and lower[j] in _POSSESSIVES and lower[j + 1] in _SIDE_NOUNS:
            return j + 2
        return None
    if w != "the" or i + 2 >= n:
        return None
    j = i + 2 if lower[i + 1] == "two" else i + 1  # "the two warring parties"
    if j + 1 < n and lower[j] in _RIVAL and lower[j + 1] in _PARTY_NOUNS:
        return j + 2
    if lower[i + 1] == "parties" and i > 0 and (  # "urged the parties to ..."
            lower[i - 1] in _CALL_WORDS or i > 1 and (lower[i - 2], lower[i - 1]) in _CALLED_ON):
        return i + 2
    return None
