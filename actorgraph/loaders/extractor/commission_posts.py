"""A commissioner of the European Commission told by portfolio alone ("Justice Commissioner X", "Enlargement
Commissioner X", "Trade Commissioner X"): in a story that names the European Commission, the post is in it. Not a
police, human-rights or high commissioner (a state's, the UN's or the Council of Europe's), and none in a story
that never names the Commission."""

from __future__ import annotations

from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_OTHER_COMMISSIONERS = frozenset({"police", "high", "rights", "deputy", "assistant", "county", "district", "regional",
                                  "provincial", "election", "electoral", "information", "refugee", "refugees",
                                  "prison", "prisons", "fire", "tax", "revenue", "land", "the", "a", "an", "its"})
_COMMISSION_WORDS = frozenset({"european", "commission"})


def commission_of(sent: Sentence, m: Mention, table: EntityTable | None) -> str | None:
    """The European Commission's entity key for a person named right after "<Portfolio> Commissioner", else None."""
    before = sent.text[max(0, m.start - sent.start - 40) : m.start - sent.start].rstrip()
    if not before.endswith("Commissioner") or table is None:
        return None
    words = before[: -len("Commissioner")].split()
    if not words or not words[-1][:1].isupper() or words[-1].lower() in _OTHER_COMMISSIONERS:
        return None
    return next((e.key for e in table.of_kind("Organization") if _COMMISSION_WORDS <= set(e.tokens)), None)
