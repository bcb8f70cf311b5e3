"""Round 15: the rules walk a sentence's resolved mentions in text order through one helper."""

from __future__ import annotations

from actorgraph.graph.model import Document
from actorgraph.loaders.extractor.mentions import resolved_in_order


def test_resolved_in_order_drops_unresolved_and_sorts_by_start(extractor):
    an = extractor.analyse(Document(text="Chile and Peru signed a fisheries pact with Ecuador on Monday."))
    ms = an.mentions[0]
    got = resolved_in_order(reversed(ms))
    assert [m.name for m in got] == ["Chile", "Peru", "Ecuador"]
    ms[1].entity = None
    assert [m.name for m in resolved_in_order(ms)] == ["Chile", "Ecuador"]
