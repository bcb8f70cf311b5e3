"""Round 20: an agreement named by a noun with a year before it or as a memorandum ("Chile's 2019 accord with
Peru", "Chile's memorandum of understanding with Peru") -> AGREES_WITH, as "Chile's deal with Peru" already is; a
year between a possessive and any nominal trigger keeps the possessor as its agent (arguments.modifier_of)."""


def test_memorandum_of_understanding(extract) -> None:
    r = extract("Bolivia's memorandum of understanding with Paraguay angered Lima.")
    assert ("Bolivia", "AGREES_WITH", "Paraguay") in r.triples


def test_year_before_the_agreement(extract) -> None:
    r = extract("Bolivia's 2019 agreement with Paraguay expired in March.")
    assert ("Bolivia", "AGREES_WITH", "Paraguay") in r.triples


def test_year_before_sanctions_keeps_the_owner(extract) -> None:
    r = extract("The bill was drafted after Uruguay's 2021 trade embargo on Paraguay.")
    assert r.rel("Uruguay", "SANCTIONS", "Paraguay").properties.get("agent") != "implicit"
