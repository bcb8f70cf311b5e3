"""Round 20 (precision): a demand or request told as a noun with its author after "from"/"by" ("despite repeated
demands from X", "resisted requests by X") is the author's, not a demand the clause's subject makes of the author."""


def test_despite_demands_from_is_not_the_subjects_demand(extract) -> None:
    r = extract("Uruguay has kept its navy in the bay despite repeated demands from Paraguay to leave.")
    assert ("Uruguay", "DEMANDS", "Paraguay") not in r.triples


def test_resisted_requests_by_is_not_the_subjects_request(extract) -> None:
    r = extract("Uruguay has resisted several requests by Paraguay to hand over the archive.")
    assert ("Uruguay", "DEMANDS", "Paraguay") not in r.triples


def test_ignored_demands_from_keeps_the_author_only(extract) -> None:
    r = extract("Uruguay ignored fresh demands from Paraguay to reopen the bridge.")
    assert ("Paraguay", "DEMANDS", "Uruguay") in r.triples
    assert ("Uruguay", "DEMANDS", "Paraguay") not in r.triples


def test_plain_demand_verb_is_unchanged(extract) -> None:
    r = extract("Uruguay demanded that Paraguay reopen the bridge.")
    assert ("Uruguay", "DEMANDS", "Paraguay") in r.triples


def test_demands_on_is_unchanged(extract) -> None:
    r = extract("Uruguay made new demands on Paraguay over the bridge.")
    assert ("Uruguay", "DEMANDS", "Paraguay") in r.triples
