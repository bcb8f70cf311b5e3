"""Cheap word guards for hot rules: is any of a handful of fixed strings in a text?

A plain loop with ``in`` beats ``any(w in text for w in words)`` (no generator frame per call) and a
regex alternation for a few short words; rules call it before their patterns so that sentences without
the rule's words pay almost nothing.
"""

from __future__ import annotations


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text`` as a substring (case as given). (A tuple: the compiled loop
    then walks it by index, without an iterator.)"""
    for word in words:
        if word in text:
            return True
    return False
