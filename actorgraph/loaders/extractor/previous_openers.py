"""The actor the previous sentence opens with: what a sentence-opening "it" or "they" refers back to."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence


def previous_opener(history: list[tuple[Sentence, list[Mention]]], kinds: tuple[str, ...]) -> Mention | None:
    """The actor of one of ``kinds`` the previous sentence opens with (within its first 40 characters), not a
    possessor unless a state's body follows ("Turkey's defence ministry said": Turkey): what "it" refers back to.
    A sentence naming no such actor keeps the topic ("The Front seized X. Its leader, Y, vowed ... It accused"):
    the one before it is read."""
    body = [(past, ms) for past, ms in history if not past.headline][-2:]
    prev = next(((past, ms) for past, ms in reversed(body) if any(
        x.entity and x.kind in kinds for x in ms)), None)
    if prev is None:
        return None
    past, ms = prev
    opener = next((x for x in ms if x.entity and (x.kind in kinds or x.entity.startswith(tuple(f"{k}:" for k in kinds)))),
                  None)
    if opener is not None and opener.start - past.start < 40 and (not opener.possessive or _state_body_after(past, opener)
                                                               or _MEMBERS_AFTER.match(past.text[opener.end - past.start :])):
        return opener
    return None


# "The X Front's fighters seized ...": the body, through its members (only a "they" goes on with them)
_MEMBERS_AFTER = re.compile(r"^\s*['’]s?\s+(?:[a-z\-]+\s+)?(?:fighters|members|militants|gunmen|troops|forces|supporters|"
                            r"followers|activists)\b")
_STATE_BODY_AFTER = re.compile(r"^\s*['’]s?\s+(?:[a-z\-]+\s+){0,2}(?:ministry|government|army|military|navy|"
                               r"administration|presidency|cabinet|embassy|mission|foreign office)\b")


def _state_body_after(sent: Sentence, m: Mention) -> bool:
    """ "Turkey's defence ministry": the possessive names the state acting through one of its bodies."""
    return m.kind == "Country" and bool(_STATE_BODY_AFTER.match(sent.text[m.end - sent.start :]))
