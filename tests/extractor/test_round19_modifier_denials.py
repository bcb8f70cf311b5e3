"""Round 19: a denial naming its accuser as a modifier ("rejected Chilean accusations", "dismissed U.S.
allegations") or with its verb quoted ('"firmly rejects" the accusations') denies the accuser — not a rejection
of whoever is named next; a charge called "without foundation" or "unsubstantiated" is denied too."""


def test_demonym_accuser_is_denied(extract) -> None:
    r = extract("Ecuador's foreign minister, Lucia Paredes, rejected Colombian accusations that Quito had sheltered "
                "the guerrillas.")
    assert ("Lucia Paredes", "DENIES", "Colombia") in r.triples
    assert ("Lucia Paredes", "REJECTS", "Colombia") not in r.triples


def test_abbreviated_country_accuser_is_denied(extract) -> None:
    r = extract("Lucia Paredes also dismissed U.S. allegations that Ecuador was hiding the ship.")
    assert ("Lucia Paredes", "DENIES", "United States") in r.triples


def test_quoted_verb_answers_the_last_accuser(extract) -> None:
    r = extract("Colombia accused Ecuadorian diplomats of spying on Monday. Ecuador \"categorically rejects\" the "
                "accusations, its foreign ministry said.")
    assert ("Ecuador", "DENIES", "Colombia") in r.triples
    assert ("Ecuador", "REJECTS", "Colombia") not in r.triples


def test_charges_without_foundation(extract) -> None:
    r = extract("Peruvian prosecutors charged the Altiplano Mining Corporation with tax fraud on Monday. The Altiplano "
                "Mining Corporation said the charges were \"without any foundation\".")
    assert ("Altiplano Mining Corporation", "DENIES", "Peru") in r.triples


def test_modifier_that_is_no_actor_gives_no_denial_of_the_accused(extract) -> None:
    r = extract("Ecuador rejected baseless accusations that Colombia had armed the guerrillas.")
    assert ("Ecuador", "DENIES", "Colombia") not in r.triples


def test_territorial_claims_are_rejected_not_denied(extract) -> None:
    r = extract("Ecuador rejected Colombian claims to the islands.")
    assert ("Ecuador", "DENIES", "Colombia") not in r.triples
