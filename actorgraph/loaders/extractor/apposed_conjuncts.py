"""Conjuncts around an apposition: "X, a correspondent for Y, and photographer Z were put on a flight", "detained X, a
reporter for Y, and photographer Z": X and Z are the list; Y only qualifies X (the apposition's "for/of/at" phrase)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

_AND_AFTER_APPOSITION = re.compile(r",\s+and\s+(?:[a-z][\w\-]*\s+){0,3}")
_APPOSITION_OF = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,4}?(?:for|of|at|with)\s+(?:the\s+)?"
                            r"(?:[a-z][\w\-]*\s+){0,3}")


def across_apposition(ms: list[Mention], k: int, text: str, base: int, step: int) -> int | None:
    """The index of the next conjunct two mentions away from ``k`` (walking ``step``), past the body named in an
    apposition, or None."""
    if step < 0 and k >= 2:
        x, y, z = ms[k - 2], ms[k - 1], ms[k]
    elif step > 0 and k + 2 < len(ms):
        x, y, z = ms[k], ms[k + 1], ms[k + 2]
    else:
        return None
    if _APPOSITION_OF.fullmatch(text[x.end - base : y.start - base]) \
            and _AND_AFTER_APPOSITION.fullmatch(text[y.end - base : z.start - base]):
        return k + 2 * step
    return None
