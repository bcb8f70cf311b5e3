"""Names added to a measure the story has already told, with the measure's author left out.

"Also listed were X and Y", "Also sanctioned was X" (the verb fronted, the names after it) and "X was also listed,
along with its chairman, Y" (a passive "listed", which alone is no measure: a listed company, listed buildings):
"also" ties the sentence to the latest sanction or designation told, with its author, in the sentences before, and
each name gets that measure from that author (measure_lists.listing_relations, as for "Among those designated were").
"""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.measure_lists import listing_relations
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_VERBS = frozenset({"listed", "sanctioned", "designated", "targeted", "blacklisted"})
_ALSO = frozenset({"also", "likewise", "additionally"})
_VERB_TYPE = {"sanctioned": "SANCTIONS", "targeted": "SANCTIONS", "blacklisted": "SANCTIONS",
              "designated": "DESIGNATES"}  # ("listed": the measure it adds to)
_MEASURES = ("SANCTIONS", "DESIGNATES")
_REACH = 6  # sentences back to the measure added to
# "Also listed were", "Also sanctioned on Monday was", "Also designated are"
_FRONTED = re.compile(r"^(?:also|likewise|additionally)\s+(?P<verb>listed|sanctioned|designated|targeted|blacklisted)"
                      r"(?:\s+(?:on|in)\s+\w+)?\s+(?:were|was|are|is)\s", re.I)
# "X was also listed", "X and Y were also listed on Monday" (not "listed as", "listed on the stock exchange")
_PASSIVE = re.compile(r"\s(?:was|were|is|are|has been|have been|had been)\s+also\s+listed\b"
                      r"(?!\s+(?:as|on\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:exchange|bourse|market|index)|in\s+(?:the\s+)?"
                      r"(?:[\w\-]+\s+)?(?:exchange|bourse|register|registry|index))\b)")
_ALONG = re.compile(r",?\s+(?:along|together)\s+with\s")
_AND = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)")
_TARGET_KINDS = ("Person", "Organization", "Group")


def also_listed(raw: list[RawRelation], sentences: list[Sentence],
                mentions: dict[int, list[Mention]]) -> list[RawRelation]:
    """The measure each "also listed" sentence adds its names to, given to each name."""
    out: list[RawRelation] = []
    for idx, sent in enumerate(sentences):
        if idx == 0 or sent.headline or not has_word(sent, _VERBS) or not has_word(sent, _ALSO):
            continue
        ms = mentions.get(id(sent), [])
        if not ms:
            continue
        fronted = _FRONTED.match(sent.text)
        passive = None if fronted else _PASSIVE.search(sent.text)
        if fronted is None and passive is None:
            continue
        measure = _latest_measure(raw, sentences[max(0, idx - _REACH) : idx])
        if measure is None:
            continue
        if fronted is not None:
            out.extend(listing_relations(measure, _VERB_TYPE.get(fronted.group("verb").lower()), sent, ms,
                                         fronted.end()))
            continue
        assert passive is not None
        out.extend(_subject_relations(measure, sent, ms, passive.start()))
        along = _ALONG.match(sent.text, passive.end())
        if along is not None:  # "..., along with its chairman, Y"
            out.extend(listing_relations(measure, None, sent, ms, along.end()))
    return out


def _latest_measure(raw: list[RawRelation], before: list[Sentence]) -> RawRelation | None:
    """The latest sanction or designation with its author named (not only implied) in the sentences ``before``."""
    starts = {s.start for s in before if not s.headline}
    found = [r for r in raw if r.type in _MEASURES and r.source and r.target and not r.implicit
             and r.sentence.start in starts]
    if not found:
        return None
    latest = [r for r in found if r.sentence is found[-1].sentence]
    return min(latest, key=lambda r: r.trigger_start)  # the sentence's main act comes first


def _subject_relations(measure: RawRelation, sent: Sentence, ms: list[Mention], verb_at: int) -> list[RawRelation]:
    """The measure given to the passive's subject: the name opening the sentence and those joined to it by "and"
    (not a name inside an aside: "X, whose drones are used by Y's army, was also listed")."""
    subject: list[Mention] = []
    last = 0
    for m in ms:
        at = m.start - sent.start
        if at >= verb_at:
            break
        gap = sent.text[last:at]
        if (not subject and at > 4) or (subject and not _AND.fullmatch(gap)):
            break
        if m.kind not in _TARGET_KINDS or not m.entity or m.possessive or m.entity == measure.source:
            break
        subject.append(m)
        last = m.end - sent.start
    if not subject:
        return []
    out: list[RawRelation] = []
    for m in subject:
        out.extend(listing_relations(measure, None, sent, [m], 0))
    return out
