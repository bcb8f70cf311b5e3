"""A tie told as a state after "be": "X, which is linked to Y", "whether X is tied to Y", "X was affiliated with
Y". The participle names no act and no doer (there is no "by"), so it is no passive: X is ASSOCIATED_WITH Y,
its subject the name right before the "be" (not "Peru said the attack was linked to Y": the speaker is no party)."""

from __future__ import annotations

import re

# the trigger words of a state, not an act done by someone ("owned by", "controlled by" are passives with a doer)
_STATIVE = re.compile(r"^(?:linked|tied|connected|affiliated|associated)\b")
# between the subject and the participle only "be" (with a relative word, adverbs, "also", "believed to be")
_BE_GAP = re.compile(r"\s*,?\s*(?:(?:which|who|that)\s+)?(?:(?:is|are|was|were|(?:has|have|had)\s+(?:(?:long|also|[a-z]+ly)\s+)?been)\s+)"
                     r"(?:(?:[a-z]+ly|also|still|now|long|reportedly|allegedly)\s+){0,2}"
                     r"(?:(?:believed|thought|said|suspected|alleged)\s+to\s+be\s+(?:[a-z]+ly\s+)?)?")


def stative_tie(trig_type: str, low: str, s: int, e: int, subject_end: int | None) -> bool:
    """Whether the ASSOCIATED_WITH participle at ``low[s:e]`` states a tie of the name ending at ``subject_end``
    (only "be" between them), and so is read as active rather than as an agentless passive."""
    return trig_type == "ASSOCIATED_WITH" and subject_end is not None and bool(_STATIVE.match(low[s:e])) \
        and not low[s:e].endswith(" by") and _BE_GAP.fullmatch(low, subject_end, s) is not None
