"""Round 14, argument attachment: a relative named after a coordinated name ("X and his brother, Y") is a conjunct.
Sentences invented for these tests."""

from __future__ import annotations


def test_brother_named_after_and_is_sanctioned_too(extract):
    r = extract("The British Treasury sanctioned Ivo Marek and his brother Pavel Marek, whom London describes as the "
                "network's accountant.")
    assert ("United Kingdom", "SANCTIONS", "Ivo Marek") in r.triples
    assert ("United Kingdom", "SANCTIONS", "Pavel Marek") in r.triples


def test_brother_after_a_comma_is_a_conjunct_of_the_object(extract):
    r = extract("Judge Lena Ostrova ordered the freezing of assets belonging to Ivo Marek and his brother, Pavel "
                "Marek, according to court papers.")
    assert ("Lena Ostrova", "SANCTIONS", "Ivo Marek") in r.triples
    assert ("Lena Ostrova", "SANCTIONS", "Pavel Marek") in r.triples


def test_wife_joined_to_the_subject(extract):
    r = extract("Ivo Marek and his wife Dana Marek accused Slovakia of persecution.")
    assert ("Ivo Marek", "ACCUSES", "Slovakia") in r.triples
    assert ("Dana Marek", "ACCUSES", "Slovakia") in r.triples


def test_brother_without_and_is_no_conjunct(extract):
    r = extract("The British Treasury sanctioned Ivo Marek, whose brother Pavel Marek runs a bank in Prague.")
    assert ("United Kingdom", "SANCTIONS", "Pavel Marek") not in r.triples



def test_object_filled_by_a_common_noun_phrase_stops_the_search(extract):
    r = extract("Kenyan police raided its newsroom, in a move the Media Council of Kenya called illegal.")
    assert not any(o == "Media Council of Kenya" for _, t, o in r.triples if t in ("ATTACKS", "COERCES"))


def test_named_object_after_the_verb_is_kept(extract):
    r = extract("Kenyan police raided the Nairobi Daily Herald, in a move the Media Council of Kenya called illegal.")
    assert ("Kenya", "ATTACKS", "Nairobi Daily Herald") in r.triples


def test_conjuncts_around_an_apposition_subject_side(extract):
    r = extract("BAMAKO, June 12 - Mali expelled two reporters. Anna Keller, a correspondent for Swiss Radio "
                "International, and freelance photographer Marc Duval were put on a flight to Paris on Wednesday.")
    assert ("Mali", "COERCES", "Anna Keller") in r.triples
    assert ("Mali", "COERCES", "Marc Duval") in r.triples
    assert ("Mali", "COERCES", "Swiss Radio International") not in r.triples


def test_conjuncts_around_an_apposition_object_side(extract):
    r = extract("Malian police detained Anna Keller, a correspondent for Swiss Radio International, and freelance "
                "photographer Marc Duval on Tuesday.")
    assert ("Mali", "COERCES", "Anna Keller") in r.triples
    assert ("Mali", "COERCES", "Marc Duval") in r.triples
    assert ("Mali", "COERCES", "Swiss Radio International") not in r.triples


def test_put_on_a_flight_only_in_the_passive(extract):
    r = extract("Air Sahel put on a flight to Paris for the Malian delegation.")
    assert not any(t == "COERCES" for _, t, _ in r.triples)


def test_repeated_preposition_and_titled_apposition_in_a_list(extract):
    r = extract("Senators urged the Treasury to impose sanctions on Ivo Marek and on the police commissioner, Pavel "
                "Dvorak.")
    assert ("United States", "SANCTIONS", "Ivo Marek") in r.triples or ("Treasury", "SANCTIONS", "Ivo Marek") in r.triples
    assert any(t == "SANCTIONS" and o == "Pavel Dvorak" for _, t, o in r.triples)
