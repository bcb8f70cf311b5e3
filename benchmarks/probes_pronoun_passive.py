"""Pronouns across sentences in the passive and as a plural object: "Peru massed troops on the border. It was
sanctioned by Chile" (Chile SANCTIONS Peru), "Peru and Chile massed troops ... They were attacked by Bolivia" (each
of them), "The Northern Front's fighters seized the town. They were later attacked by Chile"; and "them" for two
states or two organisations named together before it ("Chile met Peru and Bolivia. Ecuador will sanction them":
each of the two, as the annotated sets take "sanctioned them" after two named tankers).

Counter-examples: an "it" or "they" after one person names nobody; an "it" that is a thing ("The treaty was signed
in March. It was ratified by Chile") names nobody; "It was agreed that ..." is no one; "them" after one state
and one person is not the two."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (first sentence, the antecedent's name) for "it"
_IT_OPENERS = (
    ("Peru massed troops on the border.", "Peru"),
    ("Peru moved heavy weapons to the frontier on Sunday.", "Peru"),
    ("The Northern Front seized the town of Alto on Sunday.", "Northern Front"),
)
_PASSIVES = (
    ("It was sanctioned by Chile on Monday.", "Chile", "SANCTIONS"),
    ("It has been attacked by Bolivia.", "Bolivia", "ATTACKS"),
    ("It was later attacked by Bolivia.", "Bolivia", "ATTACKS"),
    ("It was accused by Chile of arming smugglers.", "Chile", "ACCUSES"),
    ("It was also threatened by Bolivia with reprisals.", "Bolivia", "THREATENS"),
    ("On Monday, it was sanctioned by Chile.", "Chile", "SANCTIONS"),
    ("It will be sanctioned by Chile, officials said.", "Chile", "SANCTIONS"),
)


def _it() -> list[Probe]:
    return [Probe("pronoun passive: it", f"{first} {second}", (agent, rel, name))
            for first, name in _IT_OPENERS for second, agent, rel in _PASSIVES]


# (first sentence, the names "they" stands for)
_THEY_OPENERS = (
    ("Peru and Chile massed troops on the border.", ("Peru", "Chile")),
    ("The Northern Front and the Southern Front seized the town.", ("Northern Front", "Southern Front")),
    ("The Northern Front's fighters seized the town.", ("Northern Front",)),
)
_THEY_PASSIVES = (
    ("They were attacked by Ecuador on Monday.", "Ecuador", "ATTACKS"),
    ("They were later attacked by Ecuador.", "Ecuador", "ATTACKS"),
    ("They have been sanctioned by Ecuador.", "Ecuador", "SANCTIONS"),
    ("Later, they were accused by Ecuador of arming smugglers.", "Ecuador", "ACCUSES"),
)


def _they() -> list[Probe]:
    return [Probe("pronoun passive: they", f"{first} {second}", (agent, rel, name))
            for first, names in _THEY_OPENERS for second, agent, rel in _THEY_PASSIVES for name in names]


# two states or two organisations named together, then "them"
_PAIRS = (
    ("Chile met Peru and Bolivia on Monday.", ("Peru", "Bolivia")),
    ("Peru and Bolivia massed troops on the border.", ("Peru", "Bolivia")),
    ("Chile met the Northern Front and the Southern Front on Monday.", ("Northern Front", "Southern Front")),
)
_THEMS = (
    ("Ecuador will sanction them.", "SANCTIONS"),
    ("Ecuador later attacked them.", "ATTACKS"),
    ("Ecuador urged them to withdraw.", "DEMANDS"),
    ("Ecuador accused them of arming smugglers.", "ACCUSES"),
    ("Ecuador sanctioned them for arming smugglers.", "SANCTIONS"),
)


def _them() -> list[Probe]:
    return [Probe("them: two named together", f"{first} {second}", ("Ecuador", rel, name))
            for first, names in _PAIRS for second, rel in _THEMS for name in names]


# (text, forbidden): each ends on a sentence whose relation must hold ("Peru accused Bolivia of lying")
_COUNTER = (
    # a person before "it" / "they": nobody
    ("Ana Duarte led a march in the capital. It was sanctioned by Chile.",
     (("Chile", "SANCTIONS", "Ana Duarte"), ("Chile", "SANCTIONS", "Peru"))),
    ("Ana Duarte led a march in the capital. They were later attacked by Chile.",
     (("Chile", "ATTACKS", "Ana Duarte"), ("Chile", "ATTACKS", "Peru"))),
    # "it" a thing
    ("The treaty was signed in March. It was ratified by Chile.", (("Chile", "AGREES_WITH", "Peru"),)),
    ("The treaty was signed in March. It was sanctioned by Chile.", (("Chile", "SANCTIONS", "Peru"),)),
    # impersonal "it"
    ("Peru massed troops on the border. It was agreed that Chile would meet Ecuador.",
     (("Chile", "AGREES_WITH", "Peru"), ("Peru", "AGREES_WITH", "Chile"))),
    ("Peru massed troops on the border. It was reported by Chile that Ecuador had moved troops.",
     (("Chile", "ACCUSES", "Peru"),)),
    # "them" after a state and a person: not the two
    ("Chile met Ana Duarte on Monday. Ecuador will sanction them.",
     (("Ecuador", "SANCTIONS", "Chile"), ("Ecuador", "SANCTIONS", "Ana Duarte"))),
)


def _counter() -> list[Probe]:
    return [Probe("pronoun passive: no antecedent", f"{text} Peru accused Bolivia of lying.",
                  ("Peru", "ACCUSES", "Bolivia"), forbidden=forbidden) for text, forbidden in _COUNTER]


PROBES = _it() + _they() + _them() + _counter()
