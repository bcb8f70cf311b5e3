"""An organisation's organ as a clause subject: "the EU's delegation in Tbilisi said ...", "NATO's mission urged
...": the organ speaks and acts for the body, as "Russia's delegation" does for the state (the same nouns:
lexicon ``state_nouns``), except a counterpart, who is someone else."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention

_AFTER_POSSESSIVE = re.compile(r"['’]s?\s+([a-z][a-z\- ]{0,40})")


def body_organ(m: Mention, text: str, base: int) -> bool:
    """Whether the possessive organisation ``m`` is followed by one of its organs ("X's delegation")."""
    if m.kind != "Organization" or not (after := _AFTER_POSSESSIVE.match(text, m.end - base)):
        return False
    words = after.group(1).split()
    lex = lexicon()
    n = lex.phrase_at(lex.state_nouns, words, 0)
    return n > 0 and words[n - 1] not in ("counterpart", "counterparts")
