"""Round 17: a body named by one capitalised word, once, with no cue word and no full name before — "Velmora
accused Chile of ...", "talks between Chile and Velmora" — is an Organization where it holds an actor's place
(subject of a relation's or a speech verb, object of a relation's verb, one of a list with a named state,
possessor of its leader). Before, such a word was dropped unless seen twice. Words capitalised only because they
open the sentence, places, abbreviated titles, modifiers of a noun and a named person's surname stay what they
were (each is checked beside a one-word body the same article names once)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("Velmora accused Chile of breaking the truce.", ("Velmora", "ACCUSES", "Chile")),
    ("Velmora on Friday threatened Chile with reprisals.", ("Velmora", "THREATENS", "Chile")),
    ("Velmora has claimed responsibility for the attack on Chile.", ("Velmora", "ATTACKS", "Chile")),
    ("Velmora, which has close ties to Peru, has accused Chile of breaking the truce.",
     ("Velmora", "ACCUSES", "Chile")),
    ("After the raid, Velmora accused Chile of breaking the truce.", ("Velmora", "ACCUSES", "Chile")),
    ("Peru-backed Velmora accused Chile of breaking the truce.", ("Velmora", "ACCUSES", "Chile")),
    ("Chile and Velmora signed a truce in Lima.", ("Chile", "AGREES_WITH", "Velmora")),
    ("Brazil brokered talks between Chile and Velmora.", ("Chile", "NEGOTIATES_WITH", "Velmora")),
    ("Chile sanctioned Velmora on Friday.", ("Chile", "SANCTIONS", "Velmora")),
    ("Chile imposed sanctions on Velmora.", ("Chile", "SANCTIONS", "Velmora")),
    ("Chile blamed Velmora for the blast.", ("Chile", "ACCUSES", "Velmora")),
    ("Velmora's leader, Tomas Ruland, said the group would respond.", ("Tomas Ruland", "LEADS", "Velmora")),
])
def test_a_one_word_name_in_an_actors_place_is_a_body(extract, text, triple) -> None:
    r = extract(text)
    assert r.kinds["Velmora"] == "Organization"
    assert triple in r.triples


def test_a_one_word_speaker_is_who_the_relation_is_attributed_to(extract) -> None:
    r = extract("Velmora said it had proof that Chile attacked Peru.")  # ("it": no person's surname)
    assert r.name_of(r.rel("Chile", "ATTACKS", "Peru").attributed_to) == "Velmora"


@pytest.mark.parametrize("text, word", [
    ("Gunmen accused Chile of breaking the truce.", "Gunmen"),  # a plural opening the sentence
    ("Nobody accused Chile of breaking the truce.", "Nobody"),
    ("Drought hit Chile and Peru.", "Drought"),  # an event's verb
    ("LIMA, Nov 24 (Wire) - Lawmakers said Chile had attacked Peru.", "Lawmakers"),
    ("Chile accused Peru of shelling Velkograd.", "Velkograd"),  # an attack's object: a place
    ("Chile accused Peru of sending troops to Velkograd.", "Velkograd"),
    ("Chile urged Andean governments to back Peru.", "Andean"),  # a modifier of a noun
    ("Chile sanctioned Gov. Ruland on Friday.", "Gov"),  # an abbreviated title
    ("Ruland accused Chile of ignoring his warnings.", "Ruland"),  # a person named by surname
])
def test_words_that_only_look_like_names_stay_out(extract, text, word) -> None:
    kinds = extract(f"{text} Velmora blamed Peru for the attack.").kinds  # (a body the same article names once)
    assert word not in kinds
    assert kinds["Velmora"] == "Organization"


def test_a_named_persons_surname_stays_the_person(extract) -> None:
    r = extract("Tomas Ruland runs the Veltra Group. Ruland accused Chile of breaking the contract. "
                "Velmora blamed Peru for the attack.")
    assert "Ruland" not in r.kinds
    assert ("Tomas Ruland", "ACCUSES", "Chile") in r.triples
    assert ("Velmora", "ACCUSES", "Peru") in r.triples
