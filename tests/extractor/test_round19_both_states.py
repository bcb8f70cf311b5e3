"""Round 19: "both countries/governments/capitals" after a list of two states is those two, as "the two
countries" is (referents, _listed_countries), in the sentence before or its own, ahead of the story's two
most named states; with no such list it is read as "both sides" as before."""


def test_both_countries_after_a_listed_pair(extract) -> None:
    r = extract("Samoa charged its former army chief with sedition on Monday. Samoa said the trial would open in May. "
                "Japan and South Korea, Samoa's main donors, declined to comment. Both countries signed aid agreements "
                "with Apia last year.")
    assert ("Japan", "AGREES_WITH", "Samoa") in r.triples
    assert ("South Korea", "AGREES_WITH", "Samoa") in r.triples


def test_both_governments_in_the_same_sentence(extract) -> None:
    r = extract("Peru said on Monday that Chile and Bolivia had closed their shared border crossing, and Brazil urged "
                "both governments to reopen it.")
    assert ("Brazil", "DEMANDS", "Chile") in r.triples
    assert ("Brazil", "DEMANDS", "Bolivia") in r.triples
    assert ("Brazil", "DEMANDS", "Peru") not in r.triples
