"""A minister named by a bare title reports what their own state's investigators, police or prosecutors found: the
minister accuses the foreign author of the act, never their own state (round 30: the title's state is known from
the dateline in the same sentence, before the reported clause is read)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("WARSAW", "Poland", "Russia", "Jan Nowak"), ("RIGA", "Latvia", "Belarus", "Ilze Ozola"),
           ("VILNIUS", "Lithuania", "Belarus", "Rasa Petraite"), ("TALLINN", "Estonia", "Russia", "Kaja Tamm"))
_TITLES = ("Foreign Minister", "Interior Minister", "Justice Minister")
_FINDERS = ("investigators", "police", "prosecutors")
_SAID = ("told reporters that", "said")
_ACTS = ("the blast near the village of Brzozy, which damaged tracks on the Krakow-Tarnow line, was ordered by {foe}",
         "the fire, which destroyed a rail depot, had been organised by {foe}")

PROBES = [
    Probe("own state's finders reported by its minister",
          f"{city}, May 3 — {state} on Monday closed a border crossing after an attack on a railway line.\n\n"
          f"{title} {name} {said} {finders} had found that {act.format(foe=foe)}.",
          ("", "", ""), forbidden=((name, "ACCUSES", state),))
    for city, state, foe, name in _STATES for title in _TITLES for finders in _FINDERS
    for said, act in zip(_SAID, _ACTS, strict=True)
] + [
    Probe("own state's finders reported by its minister: the foreign author accused",
          f"{city}, May 3 — {state} on Monday closed a border crossing after an attack on a railway line.\n\n"
          f"{title} {name} told reporters that {finders} had found that the attack, which damaged a power line, "
          f"was organised by {foe}.",
          (name, "ACCUSES", foe), forbidden=((name, "ACCUSES", state),))
    for city, state, foe, name in _STATES for title in _TITLES for finders in _FINDERS
]

# the post known from the sentence before ("Ankara reacted sharply. Foreign ministry spokesman X said Turkey ..."):
#   the speaker's own state, named in what they report, is not accused
_CAPITALS = (("Ankara", "Turkey", "Deniz Kaya"), ("Cairo", "Egypt", "Omar Fahmy"), ("Nairobi", "Kenya", "Ruth Wanjiru"))
_SPEAKER_TITLES = ("Foreign ministry spokesman", "Foreign Minister", "Government spokeswoman")
_OWN_STANCES = ('"strongly condemns" the killings and called on the relevant parties to find and punish those '
                "responsible",
                "would punish whoever had attacked its engineers")

PROBES += [
    Probe("own state named in its spokesman's report",
          f"{capital} reacted sharply. {title} {name} said {state} {stance}.",
          ("", "", ""), forbidden=((name, "ACCUSES", state),))
    for capital, state, name in _CAPITALS for title in _SPEAKER_TITLES for stance in _OWN_STANCES
]
