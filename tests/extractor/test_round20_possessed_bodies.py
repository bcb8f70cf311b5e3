"""Round 20: "its fighters", "their militants" (a possessive before an organisation's noun) is the body its own
sentence names: the one that speaks ("X said its fighters ...") or the one named right before ("forces of X over
the integration of their fighters"), not an older body from earlier sentences (possessed_bodies.py)."""


def test_speaking_body_owns_its_fighters(extract) -> None:
    r = extract("The Sorel Front said on Friday that it had no units near Kidal. The Kelet Brigades claimed the raid "
                "in a statement, saying its fighters had killed nine soldiers. Malian troops launched an offensive "
                "against the group on Sunday.")
    assert ("Mali", "ATTACKS", "Kelet Brigades") in r.triples
    assert ("Mali", "ATTACKS", "Sorel Front") not in r.triples


def test_body_telling_that_its_militants_acted(extract) -> None:
    r = extract("The Sorel Front said it had closed its camps near Niamey. The Kelet Brigades, an armed group based "
                "in Libya, said in a statement on Monday that its militants had attacked a Nigerien army post. Niger "
                "later accused the militants of killing civilians.")
    assert ("Niger", "ACCUSES", "Kelet Brigades") in r.triples
    assert ("Niger", "ACCUSES", "Sorel Front") not in r.triples


def test_body_named_right_before_their_fighters(extract) -> None:
    r = extract("The Arkan Mission said on Monday it would send observers. Chile has held talks with Al-Tawhid over "
                "the disarmament of their fighters. Peru accused the group of smuggling arms.")
    assert ("Peru", "ACCUSES", "Al-Tawhid") in r.triples
    assert ("Peru", "ACCUSES", "Arkan Mission") not in r.triples


def test_no_body_in_the_sentence_keeps_the_older_reading(extract) -> None:
    r = extract("Al-Tawhid attacked a Chilean patrol on Monday. Chile said its fighters had fled north. Peru "
                "condemned the group.")
    assert ("Peru", "ACCUSES", "Al-Tawhid") in r.triples
