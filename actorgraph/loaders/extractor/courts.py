"""Where a judge sits: "Judge X of the Supreme Court", "Justice X ordered ..." after the article named the
court, "In Nairobi, high court judge X ruled ...". A judge holds a post in a court, which the sentence or the
article names; only without any court named does the post go to the state the sentence places the judge in."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

# the bench titles (the lexicon's "judge" and "justice", with the qualifiers news copy puts before them)
JUDICIAL_TITLE = re.compile(r"^(?:(?:chief|presiding|investigating|federal|district|high court|supreme court|"
                            r"appeals court|constitutional court|senior|lead|trial)\s+)?(?:judge|justice|magistrate)$")
_COURT_WORDS = frozenset({"court", "tribunal", "chamber", "chambers"})
_OF_THE_COURT = re.compile(r"^,?\s+(?:of|at|on|from)\s+(?:the\s+)?$", re.I)
# "In Washington, federal judge X": the place the sentence opens with
_OPENING_PLACE = re.compile(r"^\s*(?:Later\s+|Separately\s+|Meanwhile\s+)?(?:in|In)\s+$")


def is_judicial(title: str) -> bool:
    return bool(JUDICIAL_TITLE.match(title.lower()))


def court_of_judge(sent: Sentence, ms: list[Mention], idx: int, table: EntityTable | None,
                   title_start: int) -> str | None:
    """The court the titled judge ``ms[idx]`` sits on: the one named right after the name ("of the High
    Court"), else the court the article named last before this sentence, else the state of the place the
    sentence opens with ("In Washington, federal judge X")."""
    text, base, m = sent.text, sent.start, ms[idx]
    if idx + 1 < len(ms) and _is_court(ms[idx + 1], table) \
            and _OF_THE_COURT.match(text[m.end - base : _title_or_start(sent, ms[idx + 1]) - base]):
        return ms[idx + 1].entity
    if table is not None:
        courts = [e for e in table.of_kind("Organization") if set(e.tokens) & _COURT_WORDS and e.first < title_start]
        if courts:
            return max(courts, key=lambda e: e.first).key
    first = ms[0] if ms else None
    if first is not None and first is not m and first.kind == "Country" and first.entity \
            and first.end <= title_start and _OPENING_PLACE.match(text[: first.start - base]) \
            and re.match(r"^,\s+", text[first.end - base :]):
        return first.entity
    return None


def _is_court(m: Mention, table: EntityTable | None) -> bool:
    if m.kind != "Organization" or not m.entity:
        return False
    tokens = table.entities[m.entity].tokens if table is not None and m.entity in table.entities else \
        tuple(m.surface.lower().split())
    return bool(set(tokens) & _COURT_WORDS)


def _title_or_start(sent: Sentence, m: Mention) -> int:
    return sent.tokens[m.title_i].start if m.title_i is not None else m.start
