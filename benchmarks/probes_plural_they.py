"""Plural subject anaphora: a "they" opening a sentence (or its clause after an opening adverbial) stands for the
previous sentence's plural subject: two coordinated actors ("Peru and Chile massed troops ... They later attacked
Bolivia": each of them), a group ("The Northern Front's fighters ..."), or two actors put in apposition ("Two
militias, the Northern Front and the Southern Front, ..."). "Both sides" / "the two sides" stand for the two
parties just set against each other, whether states, organisations or people.

Counter-examples: a "they" after one person names nobody; a "they said" after a report by unnamed officials is
those officials, not the last sentence's actor."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (first sentence with {a} and {b} as its coordinated subject, names of a and b)
_PAIRS = (
    ("Peru", "Chile"),
    ("the Northern Front", "the Southern Front"),
)
_OPENERS = (
    "{A} and {b} massed troops on the border.",
    "{A} and {b} moved heavy weapons to the frontier on Sunday.",
    "Two neighbours, {a} and {b}, massed troops on the border.",
)
_SECONDS = (
    ("They later attacked Bolivia.", "ATTACKS"),
    ("They attacked Bolivia on Monday.", "ATTACKS"),
    ("They then accused Bolivia of arming smugglers.", "ACCUSES"),
    ("They also threatened Bolivia with reprisals.", "THREATENS"),
    ("On Monday, they attacked Bolivia.", "ATTACKS"),
    ("Later, they accused Bolivia of arming smugglers.", "ACCUSES"),
    ("They have attacked Bolivia.", "ATTACKS"),
    ("They had earlier accused Bolivia of arming smugglers.", "ACCUSES"),
    ("They will not sanction Bolivia.", "SANCTIONS"),
)


def _name(a: str) -> str:
    return a[4:] if a.startswith("the ") else a


def _capital(a: str) -> str:
    return a[:1].upper() + a[1:]


def _coordinated() -> list[Probe]:
    out = []
    for a, b in _PAIRS:
        for opener in _OPENERS:
            if a.startswith("the ") and opener.startswith("Two neighbours"):
                opener = opener.replace("Two neighbours", "Two militias")
            first = opener.format(A=_capital(a), a=a, b=b)
            for second, rel in _SECONDS:
                text = f"{first} {second}"
                out += [Probe("plural they: coordinated subject", text, (name, rel, "Bolivia"))
                        for name in (_name(a), _name(b))]
    return out


_GROUPS = (
    ("Fighters of the Northern Front seized the town.", "Northern Front"),
    ("The Northern Front's fighters seized the town.", "Northern Front"),
    ("Members of the Northern Front seized the town.", "Northern Front"),
)


def _groups() -> list[Probe]:
    return [Probe("plural they: group subject", f"{first} {second}", (name, rel, "Bolivia"))
            for first, name in _GROUPS for second, rel in _SECONDS]


# "they" after one person, or "they said" after unnamed officials: nobody named
_COUNTER = (
    ("Ana Duarte accused Chile of lying. They later attacked Bolivia.", ("Ana Duarte", "ACCUSES", "Chile"),
     (("Ana Duarte", "ATTACKS", "Bolivia"), ("Chile", "ATTACKS", "Bolivia"))),
    ("Ana Duarte accused Chile of lying. They then accused Bolivia of arming smugglers.", ("Ana Duarte", "ACCUSES", "Chile"),
     (("Ana Duarte", "ACCUSES", "Bolivia"), ("Chile", "ACCUSES", "Bolivia"))),
    ("Peru sanctioned Chile on Monday, officials said. They said Ecuador had also attacked Bolivia.",
     ("Peru", "SANCTIONS", "Chile"), (("Peru", "ACCUSES", "Ecuador"), ("Chile", "ACCUSES", "Ecuador"))),
    ("Peru and Chile signed a trade deal on Monday, officials said. They said Ecuador had attacked Bolivia.",
     ("Ecuador", "ATTACKS", "Bolivia"), (("Peru", "ACCUSES", "Ecuador"), ("Chile", "ACCUSES", "Ecuador"))),
    ('Ana Duarte accused Chile of lying. "They have attacked Bolivia," Luis Pardo said.', ("Ana Duarte", "ACCUSES", "Chile"),
     (("Ana Duarte", "ATTACKS", "Bolivia"), ("Chile", "ATTACKS", "Bolivia"))),
    ("Peru and Chile massed troops on the border. Ana Duarte said they would attack Bolivia.",
     ("Peru", "MOBILIZES_AGAINST", "Chile"), (("Ana Duarte", "ATTACKS", "Bolivia"),)),
)


def _counter() -> list[Probe]:
    return [Probe("plural they: no plural antecedent", text, expected, forbidden=forbidden)
            for text, expected, forbidden in _COUNTER]


# "both sides" / "the two sides" after two organisations or two people set against each other
_SIDES = (
    ("The Northern Front and the Southern Front clashed near the town on Sunday.", ("Northern Front", "Southern Front")),
    ("Fighters of the Northern Front attacked the Southern Front on Sunday.", ("Northern Front", "Southern Front")),
    ("Ana Duarte and Luis Pardo traded accusations on Sunday.", ("Ana Duarte", "Luis Pardo")),
    ("Ana Duarte accused Luis Pardo of fraud on Sunday.", ("Ana Duarte", "Luis Pardo")),
)
_CALLS = (
    ("Peru urged {s} to hold talks.", "Peru", "DEMANDS"),
    ("Chilean President Marco Vidal called on {s} to show restraint.", "Marco Vidal", "DEMANDS"),
    ("Peru accused {s} of breaking the truce.", "Peru", "ACCUSES"),
)


def _sides() -> list[Probe]:
    out = []
    for first, parties in _SIDES:
        for call, who, rel in _CALLS:
            for s in ("both sides", "the two sides"):
                text = f"{first} {call.format(s=s)}"
                out += [Probe("both sides: organisations or people", text, (who, rel, p)) for p in parties]
    return out


PROBES = _coordinated() + _groups() + _counter() + _sides()
