""" "Chile banned the Kuda Front, the armed wing of the Sorel Movement, accusing it of ...": a body named inside
an apposition only describes the head before it; "it" after the apposition is the head."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity

# ", the armed wing of the ", ", a faction of ": a description opened right after the head, still open
_OPEN_APPOSITION = re.compile(r"\)?,\s+(?:the|an?)\s+[a-z][^,;()]*$")
# ", an offshoot of the ", ", the armed wing of ": a part or descendant of the body it names
_PART_OF = re.compile(r"\)?,\s+(?:the|an?)\s+(?:[a-z\-]+\s+){0,3}(?:offshoots?|remnants?|factions?|wings?|branch(?:es)?|"
                      r"splinter(?:\s+groups?)?|affiliates?|arms?|units?|successors?|subsidiar(?:y|ies)|cells?|parts?|"
                      r"members?|proxy|proxies)\s+of\s+(?:the\s+)?$")
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


def part_apposition_head(chosen: Entity, pool: list[Entity], history: list[tuple[Sentence, list[Mention]]],
                 here: list[Mention], sent: Sentence) -> Entity:
    """ "Peru raided the X Front, an offshoot of the Y Movement. The group's leader ...": the X Front. When the
    body a description would take was last named inside an apposition of part or descent to another body of
    ``pool`` (", a remnant of Y", ", the armed wing of Y"; not ", a group allied with Y"), that head, which the apposition only describes; else ``chosen``."""
    keys = {e.key: e for e in pool}
    for past, ms in [(sent, here), *reversed(history)]:
        named = [x for x in ms if x.entity == chosen.key and x.via != "org-anaphor"]
        if not named:
            continue
        first = named[0]  # (named once there: named again, it is more than a description)
        heads = [x for x in ms if x.end <= first.start and x.entity in keys and x.entity != chosen.key
                 and x.via != "org-anaphor" and len({id(y) for y in named}) == 1
                 and _PART_OF.fullmatch(past.text, x.end - past.start, first.start - past.start)]
        return keys[heads[-1].entity] if heads and heads[-1].entity else chosen  # type: ignore[index]
    return chosen
