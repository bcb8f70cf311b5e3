"""Round 28: a request answered whose author is named after "from" with a title or a description
(answered_proposals._FROM_AUTHOR_DESCRIBED)."""


def test_titled_author_of_calls_refused(extract) -> None:
    r = extract("Governor Tomas Berg has refused calls from Prime Minister Hanna Lind to step aside.")
    assert ("Hanna Lind", "DEMANDS", "Tomas Berg") in r.triples
    assert ("Tomas Berg", "REJECTS", "Hanna Lind") in r.triples


def test_described_author_of_demands_rejected(extract) -> None:
    r = extract("Tomas Berg rejected demands from the opposition Green Alliance to resign.")
    assert ("Green Alliance", "DEMANDS", "Tomas Berg") in r.triples


def test_supporters_of_a_party_are_not_the_party(extract) -> None:
    r = extract("Tomas Berg rejected calls from supporters of the Green Alliance to resign.")
    assert ("Green Alliance", "DEMANDS", "Tomas Berg") not in r.triples
