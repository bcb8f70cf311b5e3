"""A second wave of wire-copy wordings (benchmarks/probes_vocabulary_more.py): "rounded on X", "agreed terms with X",
"an incursion into X", "exiled X", "formed an alliance with X", "joined hands with X", "rebutted X's claims",
"rejected as false claims by X", "classed X as a terrorist group", "exempted X from sanctions", "lifted the asset
freeze on X", "placed X under investigation", "opened a case against X", "greeted X", "held a summit with X", "paid a
courtesy call on X" (no demand), "made X an offer", "handed a protest note to X", "called in X's ambassador",
"declined X's invitation", "blocked the assets of X", "visa bans on X", "stood firmly behind X", "warned of
retaliation against X"."""

from __future__ import annotations

import pytest

_PAIRS = [
    ("Mali rounded on Niger.", "ACCUSES"),
    ("Mali tore into Niger over the raid.", "ACCUSES"),
    ("Mali agreed terms with Niger.", "AGREES_WITH"),
    ("Mali reached a settlement with Niger.", "AGREES_WITH"),
    ("Mali launched an incursion into Niger.", "ATTACKS"),
    ("Mali formed an alliance with Niger.", "COOPERATES_WITH"),
    ("Mali entered into a partnership with Niger.", "COOPERATES_WITH"),
    ("Mali joined hands with Niger.", "COOPERATES_WITH"),
    ("Mali pooled resources with Niger.", "COOPERATES_WITH"),
    ("Mali rebutted Niger's claims.", "DENIES"),
    ("Mali pushed back against Niger's claims.", "DENIES"),
    ("Mali rejected as false claims by Niger that it had shelled the border.", "DENIES"),
    ("Mali exempted Niger from sanctions.", "EASES_SANCTIONS"),
    ("Mali held a summit with Niger.", "MEETS_WITH"),
    ("Mali made Niger an offer.", "OFFERS"),
    ("Mali presented a proposal to Niger.", "OFFERS"),
    ("Mali handed a protest note to Niger.", "PROTESTS"),
    ("Mali called in Niger's ambassador.", "PROTESTS"),
    ("Mali declined Niger's invitation.", "REJECTS"),
    ("Mali ruled out Niger's proposal.", "REJECTS"),
    ("Mali stood firmly behind Niger.", "SUPPORTS"),
    ("Mali lined up behind Niger.", "SUPPORTS"),
    ("Mali warned of retaliation against Niger.", "THREATENS"),
]


@pytest.mark.parametrize(("text", "typ"), _PAIRS)
def test_state_to_state_wordings(extract, text: str, typ: str) -> None:
    assert ("Mali", typ, "Niger") in extract(text).triples


@pytest.mark.parametrize(("text", "typ"), [
    ("Mali exiled opposition leader Awa Traore.", "COERCES"),
    ("Mali handcuffed opposition leader Awa Traore.", "COERCES"),
    ("Mali placed opposition leader Awa Traore under investigation.", "INVESTIGATES"),
    ("Mali opened a case against opposition leader Awa Traore.", "INVESTIGATES"),
    ("Mali brought opposition leader Awa Traore to trial.", "INVESTIGATES"),
    ("Mali greeted opposition leader Awa Traore.", "MEETS_WITH"),
    ("Mali blocked the assets of opposition leader Awa Traore.", "SANCTIONS"),
    ("Mali imposed visa bans on opposition leader Awa Traore.", "SANCTIONS"),
    ("Mali placed opposition leader Awa Traore under an asset freeze.", "SANCTIONS"),
    ("Mali lifted the asset freeze on opposition leader Awa Traore.", "EASES_SANCTIONS"),
])
def test_wordings_on_a_person(extract, text: str, typ: str) -> None:
    assert ("Mali", typ, "Awa Traore") in extract(text).triples


def test_classed_as_a_terrorist_group(extract) -> None:
    r = extract("Mali classed the Azawad Liberation Front as a terrorist group.")
    assert ("Mali", "DESIGNATES", "Azawad Liberation Front") in r.triples


def test_a_courtesy_call_is_a_meeting_not_a_demand(extract) -> None:
    r = extract("Mali paid a courtesy call on opposition leader Awa Traore.")
    assert ("Mali", "MEETS_WITH", "Awa Traore") in r.triples
    assert ("Mali", "DEMANDS", "Awa Traore") not in r.triples


@pytest.mark.parametrize("what", ["hands", "forces"])
def test_joining_hands_or_forces_is_no_membership(extract, what: str) -> None:
    r = extract(f"Mali joined {what} with the Azawad Liberation Front.")
    assert ("Mali", "COOPERATES_WITH", "Azawad Liberation Front") in r.triples
    assert ("Mali", "MEMBER_OF", "Azawad Liberation Front") not in r.triples


def test_disputing_a_states_account_denies_it(extract) -> None:
    r = extract("Mali disputed Niger's account of the clash.")
    assert ("Mali", "DENIES", "Niger") in r.triples


def test_declining_an_offer_rejects_whoever_made_it(extract) -> None:
    assert ("Mali", "REJECTS", "Niger") in extract("Mali declined an offer from Niger.").triples


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Mali met Niger and declined to comment on Chad's proposal.", ("Mali", "MEETS_WITH", "Niger"),
     ("Mali", "REJECTS", "Chad")),
    ("Mali met Niger and told the Azawad Liberation Front to expect more raids.", ("Mali", "MEETS_WITH", "Niger"),
     ("Mali", "DEMANDS", "Azawad Liberation Front")),
    ("Mali formally cut relations with Niger.", ("Mali", "COERCES", "Niger"), ("Mali", "COOPERATES_WITH", "Niger")),
])
def test_look_alikes_of_the_new_wordings(extract, text: str, good: tuple[str, str, str],
                                         bad: tuple[str, str, str]) -> None:
    r = extract(text)
    assert good in r.triples
    assert bad not in r.triples
