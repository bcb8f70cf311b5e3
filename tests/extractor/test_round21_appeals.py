"""Round 21: an appeal or legal challenge with no court named ("her lawyer said she would appeal", "has appealed
the ruling", "would challenge the designation") protests whoever took the decision (the latest act done to the
appellant, found in discourse); contesting the warrant or case brought against one rejects it; an appeal to a body
for something is a request, not a challenge (legal_challenges._APPEAL, moved_acts.moved_authors)."""


def test_would_appeal_a_sentence(extract) -> None:
    r = extract("A court in Quito sentenced the journalist Marta Vega to five years in prison on Monday. Her "
                "lawyer said she would appeal.")
    assert r.rel("Marta Vega", "PROTESTS", "Ecuador").status.value == "hypothetical"


def test_has_appealed_the_ruling(extract) -> None:
    r = extract("An Ecuadorian court ordered the closure of the news site Radio Andina on Monday. Radio Andina "
                "has appealed the ruling.")
    assert ("Radio Andina", "PROTESTS", "Ecuador") in r.triples


def test_challenge_answers_the_act_done_to_the_challenger(extract) -> None:
    r = extract("Canada sanctioned the Peruvian firm Andes Copper Ltd on Monday. Britain separately imposed "
                "sanctions on two Chilean banks. A lawyer for Andes Copper said the company would challenge the "
                "designation.")
    assert ("Andes Copper Ltd", "PROTESTS", "Canada") in r.triples
    assert ("Andes Copper Ltd", "PROTESTS", "United Kingdom") not in r.triples


def test_contesting_the_warrant_rejects_it(extract) -> None:
    r = extract("A court in Quito issued an arrest warrant for the former minister Luis Pardo on Monday. His son, "
                "Diego Pardo, said the family would challenge the warrant.")
    assert any(t[0] == "Diego Pardo" and t[1] == "REJECTS" for t in r.triples)


def test_appeal_to_a_council_for_sanctions_is_no_challenge(extract) -> None:
    r = extract("Rwanda shelled the town on Monday. Congo appealed to the Security Council for sanctions "
                "against Kigali.")
    assert ("Congo", "PROTESTS", "Rwanda") not in r.triples
    assert ("Democratic Republic of the Congo", "PROTESTS", "Rwanda") not in r.triples


def test_appealed_for_calm_is_no_challenge(extract) -> None:
    r = extract("Police in Quito detained the activist Marta Vega on Monday. The United Nations appealed for calm.")
    assert not any(t[1] == "PROTESTS" for t in r.triples)
