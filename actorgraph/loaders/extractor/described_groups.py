"""A counted group that only describes the named actors listed after it ("two firms, X and Y"): the names
take the group's part in any relation, so the group is dropped from the sentence's arguments."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, titled_start
from actorgraph.loaders.extractor.text import Sentence


def without_described_groups(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "two gold-trading firms, Red Dune Minerals and Qoz Holdings": the group only describes the named
    actors after the comma, which take its part in any relation."""
    ms = sorted(mentions, key=lambda m: m.start)
    drop = {id(a) for a, b in zip(ms, ms[1:], strict=False)
            if a.kind == "Group" and b.kind in ("Organization", "Person")
            and _DESCRIBED_BY_LIST.fullmatch(sent.text[a.end - sent.start : titled_start(sent, b) - sent.start])}
    return [m for m in mentions if id(m) not in drop]


# "two firms, X and Y"; "added three officials to its list: police chief X and Y"
_DESCRIBED_BY_LIST = re.compile(r",\s+(?:the\s+)?|(?:\s+(?:to|on|in)\s+(?:its|their|the|a)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                                r"[a-z]+)?\s*:\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}")


