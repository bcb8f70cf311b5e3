"""A text lower-cased once for several substring guards in a row (``has_part`` lower-cases its text at each call)."""

from __future__ import annotations

from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import folds_unevenly


def lowered(text: str) -> str | None:
    """``text`` lower-cased for ``has_lower_part``; None when lower-casing can differ from case-insensitive
    matching (then every guard says True, as ``has_part`` does)."""
    if not text.isascii() and folds_unevenly(text):
        return None
    return text.lower()


def has_lower_part(low: str | None, parts: tuple[str, ...]) -> bool:
    """``has_part`` of a text already ``lowered`` (the same answer for the text it was lowered from)."""
    return low is None or contains_any(low, parts)
