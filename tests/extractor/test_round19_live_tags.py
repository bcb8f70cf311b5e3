"""Round 19: live blogs tag speech in the present tense ("..., the spokesperson adds", "X tells reporters"): the
speaker after the comma is no object of the clause before, as with "said", "says", "told" and "added"."""


def test_adds_closes_the_clause(extract) -> None:
    r = extract("Zambia will investigate, Mary Banda adds.")
    assert ("Zambia", "INVESTIGATES", "Mary Banda") not in r.triples


def test_tells_closes_the_clause(extract) -> None:
    r = extract("Zambia will investigate, Mary Banda tells reporters.")
    assert ("Zambia", "INVESTIGATES", "Mary Banda") not in r.triples


def test_the_object_before_the_tag_stays(extract) -> None:
    r = extract("Zambia has sanctioned Malawi, Mary Banda adds.")
    assert ("Zambia", "SANCTIONS", "Malawi") in r.triples


def test_warned_closes_the_clause(extract) -> None:
    r = extract("Zambia will investigate, Mary Banda warned.")
    assert ("Zambia", "INVESTIGATES", "Mary Banda") not in r.triples


def test_a_speaker_with_an_acronym_closes_the_clause(extract) -> None:
    r = extract("Zambia has failed to prosecute a single officer, Copperbelt Rights Watch (CRW) said today.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES" and t[2] == "Copperbelt Rights Watch"]
