"""Who weighs a measure named only as a noun: "sanctions against X were not being considered, EU diplomats
said" is the EU's (not) considering, not a measure by whichever country the article counts most."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

# "sanctions against X were not being considered", "... are still being discussed", "... was ruled out"
_CONSIDERED_AFTER = re.compile(r"^[^,;.()]{0,60}?\s(?:is|are|was|were)\s+(?:not\s+|no\s+longer\s+|still\s+)?"
                               r"(?:being\s+)?(?:considered|discussed|weighed|planned|prepared|ruled\s+out)\b")
# "EU diplomats said", "the Commission, a spokesman said": a body that speaks
_BODY_SPEAKS = re.compile(r"^(?:\s+(?:officials?|diplomats?|spokes(?:man|woman|person)|sources?|envoys?|ministers?))?,?"
                          r"\s+(?:said|says|told|announced|stated|added)\b")


def considering_body(ms: list[Mention], text: str, base: int, s: int, e: int) -> int | None:
    """The one state or organisation speaking in a sentence whose measure noun (``text[s:e]``) is the
    subject of a passive "considered"/"discussed"/"ruled out": the body that weighs it."""
    considered = _CONSIDERED_AFTER.match(text[e:])
    if considered is None:
        return None
    clause_end = e + considered.end()
    bodies = [k for k, m in enumerate(ms) if m.kind in ("Organization", "Country")
              and not s <= m.start - base < clause_end and _BODY_SPEAKS.match(text[m.end - base :])]
    return bodies[0] if len(bodies) == 1 else None
