"""Round 21: a report told to someone -- "X told reporters (on Monday) that Y had ...", "told state radio Z that
Y ..." -- accuses Y as "X said that Y ..." does; the listener named after "told" is never the accused; an act of
a body's member ("the group's leader had fled") or a body's own claim of an attack is no accusation of the body
(reported.reported_accusations)."""

import pytest


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Interior Minister Oleg Marin told reporters that Latvia had smuggled rifles across the lake.", "Oleg Marin",
     "Latvia"),
    ("Defence Minister Ana Pires told parliament on Wednesday that the Red Dawn Front had financed the riots.",
     "Ana Pires", "Red Dawn Front"),
    ("Colonel Juma Said told state radio KBX on Friday that Hamid Osei had directed the ambush.", "Juma Said",
     "Hamid Osei"),
])
def test_told_that_accuses(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) in extract(sentence).triples


def test_the_named_listener_is_not_accused(extract) -> None:
    r = extract("Colonel Juma Said told state radio KBX on Friday that Hamid Osei had directed the ambush.")
    assert ("Juma Said", "ACCUSES", "KBX") not in r.triples


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Defence Minister Ana Pires told reporters that the Red Dawn Front's leader had fled after troops seized "
     "ledgers of payments from traffickers.", "Ana Pires", "Red Dawn Front"),
    ("Defence Minister Ana Pires told senators that the Red Dawn Front had claimed responsibility for two of the "
     "attacks.", "Ana Pires", "Red Dawn Front"),
    ("Defence Minister Ana Pires told reporters that Latvia had not smuggled any rifles.", "Ana Pires", "Latvia"),
])
def test_no_accusation(extract, sentence, accuser, accused) -> None:
    assert (accuser, "ACCUSES", accused) not in extract(sentence).triples
