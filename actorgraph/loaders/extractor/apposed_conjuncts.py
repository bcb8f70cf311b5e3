"""Conjuncts around an apposition: "X, a correspondent for Y, and photographer Z were put on a flight", "detained X, a
reporter for Y, and photographer Z": X and Z are the list; Y only qualifies X (the apposition's "for/of/at" phrase)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import COORD

_AND_AFTER_APPOSITION = re.compile(r",\s+and\s+(?:[a-z][\w\-]*\s+){0,3}")
_APPOSITION_OF = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,4}?(?:for|of|at|with)\s+(?:the\s+)?"
                            r"(?:[a-z][\w\-]*\s+){0,3}")


def _three(ms: list[Mention], k: int, step: int) -> tuple[Mention, Mention, Mention] | None:
    """The mentions at k and the next two walking ``step``, in text order."""
    if step < 0 and k >= 2:
        return ms[k - 2], ms[k - 1], ms[k]
    if step > 0 and k + 2 < len(ms):
        return ms[k], ms[k + 1], ms[k + 2]
    return None


def across_apposition(ms: list[Mention], k: int, text: str, base: int, step: int) -> int | None:
    """The index of the next conjunct two mentions away from ``k`` (walking ``step``), past the body named in an
    apposition, or None."""
    if (three := _three(ms, k, step)) is None:
        return None
    x, y, z = three
    if _APPOSITION_OF.fullmatch(text[x.end - base : y.start - base]) \
            and _AND_AFTER_APPOSITION.fullmatch(text[y.end - base : z.start - base]):
        return k + 2 * step
    return None


# another name of the actor just named: "X (XY)", "X, known as Y", "X, also known as Y"
_ALIAS_OPEN = re.compile(r"\s*\(\s*|,\s+(?:also\s+|better\s+)?known\s+as\s+(?:the\s+)?")
_ALIAS_CLOSE = re.compile(r"\s*\)")
_QUALIFIER_BEFORE = re.compile(r"\b(?:of|for|from|at|with|in)\s+(?:the\s+)?$")


def past_alias(ms: list[Mention], k: int, text: str, base: int, step: int) -> int | None:
    """The index of the next conjunct two mentions away from ``k`` (walking ``step``) past another name of the same
    actor ("sanctioned X, known as Y, and Z", "the X Army (XA) and the Y Front attacked"), or None. A first name
    that qualifies something before it ("A of the X Party (XP) and B, who ...") starts no list."""
    if (three := _three(ms, k, step)) is None:
        return None
    x, y, z = three
    if x.entity is None or x.entity != y.entity or not _ALIAS_OPEN.fullmatch(text[x.end - base : y.start - base]) \
            or _QUALIFIER_BEFORE.search(text[max(0, x.start - base - 12) : x.start - base]):
        return None
    tail = text[y.end - base : z.start - base]
    closed = _ALIAS_CLOSE.match(tail)
    if closed is None and text[x.end - base : y.start - base].lstrip().startswith("("):
        return None
    return k + 2 * step if COORD.match(tail[closed.end() if closed else 0 :]) else None
