"""A pair of bodies referred to by their common noun: "both groups", "the two factions", "both companies", "the
two organisations". Each stands for the two organisations just listed together ("The EU listed the X Brigade and
the Y Division ... Turkey, which armed both groups, ..."): the latest coordinated list of exactly two organisations,
in the sentence before the pair or in the sentences before it. With no such list the pair stands for no one
(the two sides of a dispute are "both sides", which ``referents`` reads otherwise)."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING, Final

from actorgraph.loaders.extractor.list_runs import coordinated_runs

if TYPE_CHECKING:  # (mentions imports body_pair_end from here)
    from actorgraph.loaders.extractor.mentions import Mention
    from actorgraph.loaders.extractor.text import Sentence

BODY_PAIR_NOUNS: Final = frozenset("groups factions militias movements companies firms banks organisations "
                                   "organizations charities outlets".split())
_REACH: Final = 12  # sentences back that the list is sought in (no other pair of bodies is named by a noun so)


def body_pair_end(lower: list[str], i: int) -> int | None:
    """Where "both groups" / "the two factions" / "both armed groups" starting at token ``i`` ends, if it is one."""
    n = len(lower)
    if lower[i] == "both":
        j = i + 1
    elif lower[i] == "the" and i + 1 < n and lower[i + 1] == "two":
        j = i + 2
    else:
        return None
    if j + 1 < n and lower[j] in ("armed", "rival", "rebel", "militant", "jihadist") and lower[j + 1] in BODY_PAIR_NOUNS:
        return j + 2  # "both armed groups"
    return j + 1 if j < n and lower[j] in BODY_PAIR_NOUNS else None


def _two_listed(sent: Sentence, ms: list[Mention], before: int | None) -> list[str] | None:
    """The entities of the last coordinated list of exactly two organisations in one sentence (before offset
    ``before``): "the X Brigade and the Y Division", "X, Y" (no third one run on)."""
    if before is not None:
        ms = list(takewhile(lambda m: m.end <= before, ms))
    pair = next((run for run in reversed(coordinated_runs(sent, ms, "Organization", closes_at_and=False))
                 if len(run) == 2), None)
    return pair if pair and len(set(pair)) == 2 else None


def listed_bodies(sent: Sentence, m: Mention, here: list[Mention],
                  history: list[tuple[Sentence, list[Mention]]]) -> tuple[str | None, list[str]]:
    """The two organisations "both groups" (``m``) stands for: listed before it in its sentence, else in the
    sentences just before; (None, []) when no list of exactly two was made."""
    pair = _two_listed(sent, here, m.start)
    for past, ms in reversed(history[-_REACH:]):
        if pair:
            break
        pair = _two_listed(past, ms, None)
    return (pair[0], pair[1:]) if pair else (None, [])
