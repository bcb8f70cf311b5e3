"""Round 18: named drills and geographic features are no actors (feature_names.feature_name), a town
fled is a place, and a title's remit after "for" ("Minister for Trade and Industry X Y") is no part of the
holder's name (feature_names.remit_for)."""


def _names(extract, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in extract(text).extraction.actors}


def test_a_named_drill_is_no_actor(extract) -> None:
    names = _names(extract, "Peru protested on the second day of Condor Lance, a yearly two-week naval and air exercise.")
    assert names == {"Peru"}


def test_geographic_features_and_fled_towns_are_no_actors(extract) -> None:
    names = _names(extract, "Tankers avoid Chile's Punta Negra and Mount Chachani, and thousands fled Villa Serena.")
    assert names == {"Chile"}


def test_bodies_named_from_features_stay_actors(extract) -> None:
    r = extract("The Lake Titicaca Authority (LTA) met the Treaty Organization of Andean States.")
    assert {a.name for a in r.extraction.actors} >= {"Lake Titicaca Authority"}


def test_a_remit_after_for_is_no_part_of_the_name(extract) -> None:
    r = extract("Deputy Minister for Mining and Energy Lucia Paredes met Hugo Salas.")
    assert ("Lucia Paredes", "MEETS_WITH", "Hugo Salas") in r.triples
    assert {a.name for a in r.extraction.actors} == {"Lucia Paredes", "Hugo Salas"}


def test_a_remit_before_a_comma_names_no_one(extract) -> None:
    r = extract("The Minister for Rural Affairs, Lucia Paredes, met Hugo Salas.")
    assert {a.name for a in r.extraction.actors} == {"Lucia Paredes", "Hugo Salas"}
