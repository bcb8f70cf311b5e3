"""Whose government a post opening a sentence is of, when the sentence before opened with a state as its
subject: "Morocco denied any change in its policing. Government spokesman X said ..." -> Morocco's
spokesman, though the story is filed from Spain and names Spain most. The paragraph goes on speaking for the
state it opened with; the post's own sentence names no state of its own."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence, previous_body
from actorgraph.loaders.extractor.title_states import opening_state

_ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.I)


def answering_state(sent: Sentence, m: Mention, history: list[tuple[Sentence, list[Mention]]]) -> str | None:
    """The state the previous sentence of the same paragraph opens with, for a "Government <post>" that opens
    ``sent`` ("Government spokesman X", "A government spokeswoman, X,"); else None."""
    if sent.headline or not _ARTICLE_ONLY.fullmatch(sent.text, 0, m.start - sent.start):
        return None
    before = previous_body(history)
    if before is None or before[0].paragraph != sent.paragraph:
        return None
    return opening_state(*before)
