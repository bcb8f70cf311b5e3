"""Round 18: a law named with its article ("under the Foreign Trade Law", "the Shipping Ordinance", "the Law of the
Republic of Chile on ...") is no actor (capitalised_runs._LAW_WORDS); a person or body whose name holds the word
still is."""


def test_laws_named_after_the_are_no_actors(extract) -> None:
    r = extract("Chile acted under the Foreign Trade Law and the Merchant Shipping Ordinance, targeting Peru.")
    names = {a.name for a in r.extraction.actors}
    assert "Foreign Trade Law" not in names and "Merchant Shipping Ordinance" not in names


def test_a_law_of_a_state_is_no_actor(extract) -> None:
    r = extract("The ministry cited the Law of the Republic of Chile on Foreign Trade and sanctioned Peru.")
    assert not any(a.name.startswith("Law of") for a in r.extraction.actors)


def test_names_holding_law_words_still_are_actors(extract) -> None:
    r = extract("Jude Law met the Andean Law Society.")
    assert ("Jude Law", "MEETS_WITH", "Andean Law Society") in r.triples
