"""Round 20: "the bloc", "the party" is the body the text named with that noun after its name ("the opposition
Tavush bloc", "the ruling Civic Dawn party"), before a body that only fits the noun's type (a union of states, a
"... Movement") (headed_names.py)."""


def test_the_blocs_leader_is_the_named_bloc(extract) -> None:
    r = extract("Armenia's foreign minister met European Union envoys on Monday. The minister also denied claims by "
                "the opposition Tavush bloc that troops would be stationed in the country. Aram Petrosyan, the "
                "bloc's leader, said his supporters would rally next week.")
    assert ("Aram Petrosyan", "LEADS", "Tavush") in r.triples
    assert ("Aram Petrosyan", "LEADS", "European Union") not in r.triples


def test_the_party_is_the_one_named_a_party(extract) -> None:
    r = extract("Police detained Nino Beradze of the National Renewal Movement on Monday. The ruling Civic Dawn "
                "party won the election in October. The party accused Russia of meddling.")
    assert ("Civic Dawn", "ACCUSES", "Russia") in r.triples
    assert ("National Renewal Movement", "ACCUSES", "Russia") not in r.triples


def test_a_noun_written_later_does_not_reach_back(extract) -> None:
    r = extract("The National Renewal Movement won the election in October. The party accused Russia of meddling. "
                "The Civic Dawn party later joined the protests.")
    assert ("National Renewal Movement", "ACCUSES", "Russia") in r.triples
