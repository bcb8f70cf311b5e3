"""Within-document resolution of short forms, pronouns and descriptions; ids across documents."""

from __future__ import annotations

from actorgraph.graph.model import actor_id


def test_surname_resolves_to_full_name(extract) -> None:
    r = extract("Chilean Foreign Minister Paula Errazuriz Montt travelled to Lima. "
                "Errazuriz later accused Peru of violating the maritime accord.")
    assert ("Paula Errazuriz Montt", "ACCUSES", "Peru") in r.triples
    assert "Errazuriz" not in r.kinds


def test_shared_surname_goes_to_most_recent_person(extract) -> None:
    text = ("Opposition leader Marta Quiroga joined the march. Her cousin, senator Diego Quiroga, "
            "stayed in the capital. Quiroga accused the Bolivian government of fraud.")
    r = extract(text)
    assert ("Diego Quiroga", "ACCUSES", "Bolivia") in r.triples
    assert r.kinds["Marta Quiroga"] == "Person" and r.kinds["Diego Quiroga"] == "Person"


def test_pronoun_takes_previous_subject(extract) -> None:
    r = extract("Kenyan President Daniel Mwangi Otieno criticised the decision. "
                "He also threatened Somalia with retaliation.")
    assert ("Daniel Mwangi Otieno", "THREATENS", "Somalia") in r.triples


def test_definite_description_of_organisation(extract) -> None:
    r = extract("The Volta Liberation Movement seized a police post near the border. "
                "Ghana accused the movement of recruiting children.")
    assert ("Ghana", "ACCUSES", "Volta Liberation Movement") in r.triples


def test_the_government_is_the_article_country(extract) -> None:
    r = extract("Tunisia's parliament passed the media law on Tuesday. The National Press Syndicate accused "
                "the government of silencing critics. The government denied the accusations.")
    assert ("National Press Syndicate", "ACCUSES", "Tunisia") in r.triples
    assert ("Tunisia", "DENIES", "National Press Syndicate") in r.triples
    assert "government" not in {n.lower() for n in r.kinds}


def test_same_actor_meets_itself_across_documents(extract) -> None:
    a = extract("Guatemalan President Ana Lucia Barrios met Mexican officials.")
    b = extract("Barrios was criticised by Honduras. President Ana Lucía Barrios rejected the criticism.")
    ids_a = {x.id for x in a.extraction.actors}
    ids_b = {x.id for x in b.extraction.actors}
    assert actor_id("Person", "Ana Lucia Barrios") in ids_a & ids_b


def test_people_sharing_a_surname_are_not_merged(extract) -> None:
    r = extract("Defence Minister Ruben Salcedo met General Oscar Salcedo in Quito.")
    people = {n for n, k in r.kinds.items() if k == "Person"}
    assert {"Ruben Salcedo", "Oscar Salcedo"} <= people


def test_both_sides_means_the_two_countries_in_play(extract) -> None:
    r = extract("Ecuador accused Peru of violating the border. The Andean Council urged both sides to talk.")
    assert ("Andean Council", "DEMANDS", "Ecuador") in r.triples
    assert ("Andean Council", "DEMANDS", "Peru") in r.triples


def test_definite_description_resolves_to_the_titled_person(extract) -> None:
    r = extract("Venezuelan President Ana Lucia Ferrer met Brazilian officials on Monday. "
                "The Venezuelan leader later accused Colombia of sabotage. "
                "Colombia summoned the head of the Venezuelan trade office.")
    assert ("Ana Lucia Ferrer", "ACCUSES", "Colombia") in r.triples
    assert ("Colombia", "PROTESTS", "Ana Lucia Ferrer") not in r.triples
