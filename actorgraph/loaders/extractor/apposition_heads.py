""" "Chile banned the Kuda Front, the armed wing of the Sorel Movement, accusing it of ...": a body named inside
an apposition only describes the head before it; "it" after the apposition is the head."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

# ", the armed wing of the ", ", a faction of ": a description opened right after the head, still open
_OPEN_APPOSITION = re.compile(r"\)?,\s+(?:the|an?)\s+[a-z][^,;()]*$")
_CLOSED = re.compile(r"\)?(?:\s*\([^()]*\))?\s*,")  # the apposition ends ("(PTI), accusing it")


def apposition_head(sent: Sentence, pool: list[Mention], pronoun: Mention) -> Mention:
    """The last of ``pool`` (mentions before ``pronoun``, in text order), or the head of the apposition it is in."""
    last = pool[-1]
    first = next(x for x in pool if x.entity == last.entity)  # "the Sorel Movement (SM)": its first mention
    if not _CLOSED.match(sent.text, last.end - sent.start, pronoun.start - sent.start):
        return last
    heads = [x for x in pool if x.end <= first.start and x.entity != last.entity
             and _OPEN_APPOSITION.fullmatch(sent.text, x.end - sent.start, first.start - sent.start)]
    return heads[-1] if heads else last
