"""Conjuncts around an apposition: "X, a correspondent for Y, and photographer Z were put on a flight", "detained X, a
reporter for Y, and photographer Z": X and Z are the list; Y only qualifies X (the apposition's "for/of/at" phrase)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import COORD

_AND_AFTER_APPOSITION = re.compile(r",\s+and\s+(?:[a-z][\w\-]*\s+){0,3}")
_APPOSITION_OF = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,4}?(?:for|of|at|with)\s+(?:the\s+)?"
                            r"(?:[a-z][\w\-]*\s+){0,3}")


# a person's body after the name ("A of the X Party"), then "and" and the next person (past the body's short form)
_OF_BODY = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_AND_AFTER_BODY = re.compile(r"(?:\s*\(\s*[^()]{1,12}\s*\))?\s*,?\s+and\s+(?:[a-z][\w\-]*\s+){0,3}")

_PLURAL_VERB_AFTER = re.compile(r"(?:\s*,[^;]{0,120}?,)?\s+(?:were|are|have|had)\b")


def _three(ms: list[Mention], k: int, step: int) -> tuple[Mention, Mention, Mention] | None:
    """The mentions at k and the next two walking ``step``, in text order."""
    if step < 0 and k >= 2:
        return ms[k - 2], ms[k - 1], ms[k]
    if step > 0 and k + 2 < len(ms):
        return ms[k], ms[k + 1], ms[k + 2]
    return None


def across_apposition(ms: list[Mention], k: int, text: str, base: int, step: int) -> int | None:
    """The index of the next conjunct two mentions away from ``k`` (walking ``step``), past the body named in an
    apposition, or None; also past the body of a person's of-phrase, its short form with it ("A of the X Party (XP)
    and B were detained": A and B, both people)."""
    if (three := _three(ms, k, step)) is None:
        return None
    x, y, z = three
    if _APPOSITION_OF.fullmatch(text[x.end - base : y.start - base]) \
            and _AND_AFTER_APPOSITION.fullmatch(text[y.end - base : z.start - base]):
        return k + 2 * step
    if step < 0 and k >= 3 and y.entity is not None and ms[k - 3].kind == "Person" and y.entity == ms[k - 2].entity \
            and _ALIAS_OPEN.fullmatch(text[ms[k - 2].end - base : y.start - base]):
        x, y = ms[k - 3], ms[k - 2]  # "A of the X Party (XP) and B": past the short form too
        far = k - 3
    elif step > 0 and k + 3 < len(ms) and y.entity is not None and y.entity == z.entity \
            and _ALIAS_OPEN.fullmatch(text[y.end - base : z.start - base]):
        z = ms[k + 3]
        far = k + 3
    else:
        far = k + 2 * step
    if x.kind == z.kind == "Person" and y.kind == "Organization" and _OF_BODY.fullmatch(text[x.end - base : y.start - base]) \
            and _AND_AFTER_BODY.fullmatch(text[y.end - base : z.start - base]) \
            and (step > 0 or _PLURAL_VERB_AFTER.match(text, z.end - base)):
        return far  # (as a subject, only of a plural verb: "..., and B, who leads Y, did not ..." is B's clause)
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


# a list's member named after a description of its kind: "A, the state shipping line B and C", "A, the Czech firm B,
#   and C" (a description right before a name: no apposition to A, which would name no one after it)
_DESCRIBED_MEMBER = re.compile(r"\s*,\s+(?:the|an?)\s+(?:(?!of\b)[\w\-]+\s+){0,3}?(?:firm|company|line|airline|carrier|bank|"
                               r"group|operator|exporter|importer|trader|maker|manufacturer|supplier|shipper|"
                               r"conglomerate|lender|insurer|refiner|producer|network|broker)\s+")
_MORE_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def described_member(ms: list[Mention], k: int, text: str, base: int, step: int) -> bool:
    """Whether the mention next to ``k`` (walking ``step``) is linked to it as a list's member named after a
    description of its kind, the later of the two not closing the list ("A, the Czech firm B and C": A and B)."""
    j = k + step
    if not 0 <= j < len(ms):
        return False
    a, b = (ms[j], ms[k]) if step < 0 else (ms[k], ms[j])
    if not _DESCRIBED_MEMBER.fullmatch(text, a.end - base, b.start - base) or b.possessive:
        return False
    later = ms.index(b) + 1
    return later < len(ms) and bool(_MORE_AFTER.fullmatch(text, b.end - base, ms[later].start - base)) \
        and bool(COORD.match(text[b.end - base : ms[later].start - base]))
