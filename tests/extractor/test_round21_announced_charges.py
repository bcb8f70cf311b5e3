"""Round 21: a prosecution announced -- "X said Y would face charges including murder", "X said Y will be charged
with fraud" -- is X's accusation of Y although the clause is modal (reported.reported_accusations); "would not
face charges" or "would face the press" is none. "would not submit to what he called a witch hunt" calls it one:
the accusation is asserted, not negated by the verb before "what" (status.trigger_status)."""

import pytest

from actorgraph.graph.registry import RelationStatus


@pytest.mark.parametrize("sentence", [
    "Chief prosecutor Lena Holm said Senator Piet Vos, who led a militia in the 1990s, would face charges "
    "including murder.",
    "Chief prosecutor Lena Holm said Piet Vos would be charged with fraud.",
    "Chief prosecutor Lena Holm said on Monday that Piet Vos will face corruption charges.",
])
def test_announced_prosecution_accuses(extract, sentence) -> None:
    assert ("Lena Holm", "ACCUSES", "Piet Vos") in extract(sentence).triples


@pytest.mark.parametrize("sentence", [
    "Chief prosecutor Lena Holm said Piet Vos would not face charges.",
    "Chief prosecutor Lena Holm said Piet Vos would face the press on Monday.",
])
def test_no_accusation(extract, sentence) -> None:
    assert ("Lena Holm", "ACCUSES", "Piet Vos") not in extract(sentence).triples


def test_what_he_called_is_asserted_after_a_negated_verb(extract) -> None:
    r = extract("Chile accused Piet Vos of fraud. Vos said he would not submit to what he called \"a witch hunt\".")
    found = [x for x in r.extraction.relations if x.type == "ACCUSES"
             and {a.id: a.name for a in r.extraction.actors}[x.source] == "Piet Vos"]
    assert found and all(x.status == RelationStatus.ASSERTED for x in found)
