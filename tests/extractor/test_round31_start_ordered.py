"""Round 31: ``start_ordered`` orders mentions as ``sorted(ms, key=start)`` does, sorting only when they are out of
order."""

from __future__ import annotations

import copy

from actorgraph.graph.model import Document
from actorgraph.loaders.extractor.mentions import start_ordered


def test_start_ordered_is_the_stable_sort_by_start(extractor):
    ms = extractor.analyse(Document(text="Chile and Peru signed a fisheries pact with Ecuador on Monday.")).mentions[0]
    twin = copy.copy(ms[0])
    twin.name = "twin"
    for given in ([*ms], [*reversed(ms)], [ms[1], twin, ms[0], ms[2]], [ms[0], twin, ms[2], ms[1]], [], [ms[2]]):
        expected = sorted(given, key=lambda m: m.start)
        mine = list(given)
        got = start_ordered(mine)
        assert got is mine  # (sorted in place: the caller's own list)
        assert [id(m) for m in got] == [id(m) for m in expected]
