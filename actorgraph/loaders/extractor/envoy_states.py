"""Whose envoy a bare diplomat title is ("the ambassador, X", "Ambassador X was handed a protest", "the consul,
X"): with no state given with it, no embassy named near and no remit ("ambassador to Y"), an envoy in a story
about two states is the other side's, the one accredited to the story's state, not that state's own (whose
posts the story gives as "our/its ambassador" or "ambassador to Y"). A recalled envoy is the recalling state's:
the sentence is left alone."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.lowered_text import has_lower_part, lowered
from actorgraph.loaders.extractor.text import Sentence

_REMIT_AFTER = re.compile(r"\s+(?:to|in|at|for)\s", re.I)  # "ambassador to Mali", "the consul in Lyon"
_OWN_WORDS = ("recall", "our ambassador", "our envoy", "nominat", "appoint", "former ", "ex-")


def counterpart_envoy_state(sent: Sentence, title_end: int, home: str | None, states: list[str] | None) -> str | None:
    """The state other than ``home`` the story names most (``states``: most named first), for a diplomat's bare
    title ending at ``title_end`` (a document offset); None when the title has a remit or the sentence recalls,
    names or appoints its own envoy."""
    if home is None or not states or _REMIT_AFTER.match(sent.text, title_end - sent.start):
        return None
    if has_lower_part(lowered(sent.text), _OWN_WORDS):
        return None
    return next((s for s in states if s != home), None)
