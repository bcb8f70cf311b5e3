"""Round 14 (part D): seats in a legislature or on a bench are posts in the state ("Senator X", "Investigating
judge Y" -> HOLDS_POSITION the story's state), unless a body follows the name ("Judge Z of the Constitutional
Court" -> the court); and a government may answer its own senators and judges."""


def test_bare_senator_holds_a_post_in_the_story_state(extract):
    r = extract("TALLINN, May 3 - Estonia's parliament approved a new border law on Tuesday. "
                "Senator Aurelia Quint said the law would hurt farmers in the east.")
    assert ("Aurelia Quint", "HOLDS_POSITION", "Estonia") in r.triples


def test_investigating_judge_holds_a_post_in_the_story_state(extract):
    r = extract("RIGA, May 3 - Latvia froze the assets of a shipping magnate on Tuesday. Investigating judge "
                "Tomas Revik ordered the freezing of accounts held by the magnate, Pavel Orlov.")
    assert ("Tomas Revik", "HOLDS_POSITION", "Latvia") in r.triples


def test_judge_of_a_named_court_sits_on_that_court_not_the_state(extract):
    r = extract("RIGA, May 3 - Latvia's top court upheld the ban on Tuesday. "
                "Judge Mirela Tavo of the Constitutional Court said the ban was lawful.")
    assert ("Mirela Tavo", "HOLDS_POSITION", "Constitutional Court") in r.triples
    assert ("Mirela Tavo", "HOLDS_POSITION", "Latvia") not in r.triples


def test_government_may_reject_its_own_senator(extract):
    r = extract("LIMA, May 3 - Peru approved the mining concession on Tuesday. Opposition senator Rosa Quispe "
                "accused President Ernesto Valdivia of selling the country's water. The presidency rejected the "
                "criticism.")
    assert ("Rosa Quispe", "HOLDS_POSITION", "Peru") in r.triples
    assert ("Peru", "REJECTS", "Rosa Quispe") in r.triples


def test_spokesman_of_the_state_is_still_not_answered_by_it(extract):
    r = extract("LIMA, May 3 - Peru approved the mining concession on Tuesday. Government spokesman Hugo Llosa "
                "said the deal was fair. Peru rejected the criticism.")
    assert ("Peru", "REJECTS", "Hugo Llosa") not in r.triples


def test_party_lawmaker_is_not_given_the_state(extract):
    r = extract("LIMA, May 3 - Peru approved the mining concession on Tuesday. Opposition lawmaker Rosa Quispe "
                "of the Popular Renewal Party accused the government of corruption.")
    assert ("Rosa Quispe", "MEMBER_OF", "Popular Renewal Party") in r.triples
    assert ("Rosa Quispe", "HOLDS_POSITION", "Peru") not in r.triples


def test_american_senator_in_a_foreign_story_is_american(extract):
    r = extract("CARACAS, May 3 - Venezuela seized two tankers on Monday. Senator Rick Dalton, a Republican from "
                "Florida, urged the White House to impose new sanctions on Caracas.")
    assert ("Rick Dalton", "HOLDS_POSITION", "United States") in r.triples
    assert ("Rick Dalton", "HOLDS_POSITION", "Venezuela") not in r.triples
