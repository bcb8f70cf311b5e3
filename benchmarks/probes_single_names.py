"""Probes: organisations named by one capitalised word, once, with no cue word and no full name before ("Hamas
accused Israel ...", "talks between Israel and Hamas") — how real news names armed groups, parties, companies and
outlets. The word is an actor where it holds an actor's place: the subject of a relation's verb (also past a
relative clause, "X, which ..., accused"), a speaker shown to be no person ("X said it ..."), the object of a
relation's verb or preposition, a party listed with a named state, the possessor of its leader. Guards: words
capitalised only because they open the sentence ("Officials", "Separately", "Drought hit"), places, and the
surname of a person already named are never such actors. Open by design (a person named by surname takes the same
places): a bare "X said", "X's spokesman", "backed X", and "X leader Y" (peoples and faiths too: "Druze leader Y").
Real names of bodies and invented ones ("Tamarod", "Norvex"); invented people."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_NAMES = ("Hamas", "Hezbollah", "Wagner", "Huawei", "Tamarod", "Kataib", "Norvex")
_STATES = ("Israel", "Egypt", "Ukraine")

# (the verb phrase, its form after "has" / "had", the type)
_ACTS = (
    ("accused {c} of violating the ceasefire", "accused {c} of violating the ceasefire", "ACCUSES"),
    ("threatened {c} with retaliation", "threatened {c} with retaliation", "THREATENS"),
    ("signed an agreement with {c}", "signed an agreement with {c}", "AGREES_WITH"),
    ("held talks with {c} in Doha", "held talks with {c} in Doha", "NEGOTIATES_WITH"),
    ("demanded that {c} release the prisoners", "demanded that {c} release the prisoners", "DEMANDS"),
    ("claimed responsibility for the attack on {c}", "claimed responsibility for the attack on {c}", "ATTACKS"),
    ("blamed {c} for the attack", "blamed {c} for the attack", "ACCUSES"),
)
_SUBJECT_SHAPES = (
    "{n} {v}.",
    "{n} on Monday {v}.",
    "{n} has {p}.",
    "On Monday, {n} {v}.",
    "{n}, which has close ties to Iran, {v}.",
    "{n}, whose fighters control the border, {v}.",
    "Officials said {n} had {p}.",
    "In a statement, {n} {v}.",
    "{n} late on Tuesday {v}.",
    "Iran-backed {n} {v}.",
    "Lebanon's {n} {v}.",
)

_OBJECT_SHAPES = (
    ("{c} sanctioned {n} on Monday.", "SANCTIONS"),
    ("{c} imposed sanctions on {n}.", "SANCTIONS"),
    ("{c} designated {n} a terrorist organisation.", "DESIGNATES"),
    ("{c} held talks with {n} in Doha.", "NEGOTIATES_WITH"),
    ("{c} signed a deal with {n} on Monday.", "AGREES_WITH"),
    ("{c} accused {n} of violating the ceasefire.", "ACCUSES"),
    ("{c} blamed {n} for the attack.", "ACCUSES"),
    ("{c} urged {n} to release the hostages.", "DEMANDS"),
    ("{c} has long backed {n}.", "SUPPORTS"),
    ("{c} accused Iran-backed {n} of violating the ceasefire.", "ACCUSES"),
    ("{c} accused {n} and Qatar of stalling the talks.", "ACCUSES"),
)

_CONJOINED_SHAPES = (
    ("{c} and {n} agreed to a ceasefire.", "AGREES_WITH"),
    ("Both {c} and {n} accused each other of violating the truce.", "ACCUSES"),
    ("{n} and {c} signed a prisoner exchange deal.", "AGREES_WITH"),
    ("{c} and {n} held talks in Doha.", "NEGOTIATES_WITH"),
    ("Qatar mediated talks between {c} and {n}.", "NEGOTIATES_WITH"),
)

# words capitalised because they open the sentence, which must stay out of the actors
_OPENERS = ("Officials", "Analysts", "Prosecutors", "Police", "Critics", "Residents", "Witnesses", "Lawmakers",
            "Protesters", "Gunmen", "Diplomats", "Observers", "Sources", "Investigators", "Mediators")
_ADVERBS = ("Separately", "Meanwhile", "However", "Earlier", "Later", "Instead", "Still", "Overnight")
_PLACES = ("Velkograd", "Tarsoun", "Mirabad")
# common nouns that open a sentence as the subject of an event's verb
_EVENTS = ("Drought hit", "Cholera killed hundreds in", "Artillery pounded", "Fighting damaged towns in")

PROBES = [
    Probe("single name: subject", shape.format(n=n, v=v.format(c=c), p=p.format(c=c)), (n, rel, c))
    for k, n in enumerate(_NAMES) for c in (_STATES[0], _STATES[1 + k % 2])
    for v, p, rel in _ACTS for shape in _SUBJECT_SHAPES
] + [
    Probe("single name: object", shape.format(c=c, n=n), (c, rel, n))
    for n in _NAMES for c in _STATES[:2] for shape, rel in _OBJECT_SHAPES
] + [
    Probe("single name: conjoined with a state", shape.format(c=c, n=n), (c, rel, n))
    for n in _NAMES for c in _STATES for shape, rel in _CONJOINED_SHAPES
] + [
    Probe("single name: possessor of a post", f"{n}'s {post}, Karim Haddad, said the group would respond.",
          ("Karim Haddad", rel, n))
    for n in _NAMES for post, rel in (("leader", "LEADS"), ("spokesman", "HOLDS_POSITION"))  # (a person has a
    # spokesman as well, "X's spokesman" after a president's surname: open)
] + [
    Probe("single name: not a name", f"{w} said Russia had attacked Ukraine.", ("Russia", "ATTACKS", "Ukraine"),
          absent=(w,))
    for w in _OPENERS
] + [
    Probe("single name: not a name", f"{w} accused Russia of attacking Ukraine on Monday.",
          ("Russia", "ATTACKS", "Ukraine"), absent=(w,))
    for w in _OPENERS
] + [
    Probe("single name: not a name", f"{w}, Russia accused Ukraine of violating the ceasefire.",
          ("Russia", "ACCUSES", "Ukraine"), absent=(w,))
    for w in _ADVERBS
] + [
    Probe("single name: not a name", f"{w} Russia accused Ukraine of violating the ceasefire.",
          ("Russia", "ACCUSES", "Ukraine"), absent=(w,))
    for w in _ADVERBS
] + [
    Probe("single name: not a name", shape.format(p=p), ("Russia", "ACCUSES", "Ukraine"), absent=(p,))
    for p in _PLACES for shape in (
        "Russia accused Ukraine of shelling {p}.",
        "Russia accused Ukraine of attacking a school in {p}.",
        "Russia accused Ukraine of sending troops to {p}.",
        "Russia accused Ukraine of violating the ceasefire near {p}, which has been shelled for weeks.",
    )
] + [
    Probe("single name: not a name", f"{w} Ukraine on Monday, and Russia accused Ukraine of violating the ceasefire.",
          ("Russia", "ACCUSES", "Ukraine"), absent=(w.split()[0],))
    for w in _EVENTS
] + [
    Probe("single name: not a name", f"{w} accused Russia of attacking Ukraine.", ("Russia", "ATTACKS", "Ukraine"),
          absent=(w,))
    for w in ("Nobody", "Everyone", "Someone")
] + [
    Probe("single name: not a name", f"KYIV, Nov 24 (Wire) - {w} said Russia had attacked Ukraine.",
          ("Russia", "ATTACKS", "Ukraine"), absent=(w,))
    for w in _OPENERS[:6]
] + [
    Probe("single name: speaker", shape.format(n=n), ("Russia", "ATTACKS", "Ukraine"), attributed_to=n)
    for n in _NAMES for shape in (
        "{n} said it had proof that Russia attacked Ukraine.",
        "{n} said on Monday that its monitors had seen Russia attack Ukraine.",
        "In a statement, {n} said its monitors had seen Russia attack Ukraine.",
    )
] + [
    # a bare "X said" may be a person's surname as well ("Diallo said ..."): open
    Probe("single name: speaker", f"{n} said Russia had attacked Ukraine.", ("Russia", "ATTACKS", "Ukraine"),
          attributed_to=n)
    for n in _NAMES
] + [
    # "X leader Y" with no possessive: peoples and faiths take the same shape ("Druze leader Y"); open
    Probe("single name: title after the name", shape.format(n=n), ("Karim Haddad", rel, n))
    for n in _NAMES for shape, rel in (
        ("{n} leader Karim Haddad accused Israel of violating the ceasefire.", "LEADS"),
        ("Egypt met {n} spokesman Karim Haddad in Cairo.", "HOLDS_POSITION"),
    )
] + [
    Probe("single name: surname of a person named before",
          f"Ruth Osei is the chief executive of the Veltra Group. {shape.format(c=c)}", ("Ruth Osei", rel, c),
          absent=("Osei",))
    for c in _STATES[:2] for shape, rel in (
        ("Osei accused {c} of breaking the contract.", "ACCUSES"),
        ("On Monday, Osei threatened {c} with legal action.", "THREATENS"),
        ("{c} and Osei signed an agreement.", "AGREES_WITH"),
        ("{c} sanctioned Osei on Monday.", "SANCTIONS"),
    )
]
