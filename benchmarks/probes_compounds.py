"""Hyphenated compounds of states, as news writes them: a pair of states before a noun ("Chile-Peru talks",
"US-China trade talks", "the Sino-Russian talks", "Peru-IAEA talks") names talks between the two, an agreement
only when it is said to be reached or signed; a state before a hyphenated participle ("Bolivia-backed rebels",
"Russian-made drones", "U.S.-led coalition") describes the noun and must neither take the clause's place of
agent or object nor its date; "X-backed <named body>" says X SUPPORTS the body. Names with a hyphen (people,
"Guinea-Bissau", "Timor-Leste", a longer name the compound opens) stay whole. "X-brokered" is left out: the
conventions give mediation no relation type.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

MON = "2025-11-24"

_PAIRS = (  # (written pair, first state, second state)
    ("Chile-Peru", "Chile", "Peru"), ("Chile–Peru", "Chile", "Peru"), ("Peru-Chile", "Peru", "Chile"),
    ("US-China", "United States", "China"), ("U.S.-China", "United States", "China"),
    ("China-US", "China", "United States"), ("Sino-Russian", "China", "Russia"),
    ("Russian-Ukrainian", "Russia", "Ukraine"), ("Russia-Ukraine", "Russia", "Ukraine"),
    ("India-Pakistan", "India", "Pakistan"), ("Chile-Guinea-Bissau", "Chile", "Guinea-Bissau"),
)
_TALKS = (
    "{p} talks were held in Geneva on Monday.", "{p} talks resumed in Geneva on Monday.",
    "{p} trade talks resumed in Geneva on Monday.", "The {p} talks in Geneva ended on Monday without a deal.",
    "The {p} border talks began on Monday.", "{p} peace negotiations opened on Monday in Doha.",
)
_AGREED = (
    "The {p} ceasefire was signed in Doha on Monday.", "A {p} border agreement was reached on Monday.",
)
_NOT_AGREED = ("The {p} ceasefire collapsed on Monday.", "Hopes for a {p} deal faded on Monday.")


def _pairs() -> list[Probe]:
    out = []
    for written, a, b in _PAIRS:
        if "Guinea-Bissau" in written:
            continue  # a real country name with a hyphen: see _names
        for t in _TALKS:
            out.append(Probe("compounds: state pairs", t.format(p=written), (a, "NEGOTIATES_WITH", b), date=MON))
        for t in _AGREED:
            out.append(Probe("compounds: state pairs", t.format(p=written), (a, "AGREES_WITH", b), date=MON))
        for t in _NOT_AGREED:  # no agreement told: the relation that must hold is the plain sentence's after it
            out.append(Probe("compounds: state pairs", t.format(p=written) + " Chile accused Peru of bad faith.",
                             ("Chile", "ACCUSES", "Peru"), forbidden=((a, "AGREES_WITH", b), (b, "AGREES_WITH", a))))
    return out


_MODIFIERS = ("Bolivia-backed", "Russian-made", "Iranian-made", "Bolivia-made", "U.S.-backed", "US-backed",
              "Brazil-led", "Bolivian-trained", "Brazil-funded", "Bolivia-based")
_CLAUSES = (  # (clause with {m} before a noun, expected relation, the backer's forbidden stand-ins)
    ("Chile accused Peru of arming {m} rebels on Monday.", ("Chile", "ACCUSES", "Peru"), ("Peru", "AIDS")),
    ("Peru attacked Chile with {m} drones on Monday.", ("Peru", "ATTACKS", "Chile"), ("Peru", "ATTACKS")),
    ("Chile sanctioned Peru's {m} defence minister, Ana Duarte, on Monday.", ("Chile", "SANCTIONS", "Ana Duarte"),
     ("Chile", "SANCTIONS")),
    ("Peru threatened Chile over {m} smuggling networks on Monday.", ("Peru", "THREATENS", "Chile"),
     ("Peru", "THREATENS")),
)
_STATE = {"Bolivia": "Bolivia", "Russian": "Russia", "Iranian": "Iran", "U.S.": "United States", "US": "United States",
          "Brazil": "Brazil", "Bolivian": "Bolivia"}


def _modifiers() -> list[Probe]:
    out = []
    for mod in _MODIFIERS:
        state = _STATE[mod.split("-")[0]]
        for clause, rel, (who, bad_type) in _CLAUSES:
            if "rebels" in clause and mod.split("-")[0] != state:
                continue  # "Bolivian-trained rebels": a demonym before a group noun names a group, an actor
            out.append(Probe("compounds: state modifiers", clause.format(m=mod), rel,
                             forbidden=((who, bad_type, state),), date=MON))
    for mod, state in (("Bolivia-backed", "Bolivia"), ("U.S.-backed", "United States"),
                       ("Brazil-sponsored", "Brazil"), ("Russian-backed", "Russia")):
        for text in (f"The {mod} Northern Liberation Front attacked Chile.",
                     f"Chile accused the {mod} Northern Liberation Front of shelling border villages.",
                     f"Peru denied funding the {mod} Northern Liberation Front."):
            out.append(Probe("compounds: backed bodies", text, (state, "SUPPORTS", "Northern Liberation Front"),
                             date=""))
    return out


def _names() -> list[Probe]:
    """Hyphenated names that stay whole: people, countries whose name has a hyphen, a longer name."""
    out = []
    for who in ("Ngozi Okonjo-Iweala", "Jean-Luc Moreau", "Ana Duarte-Quispe"):
        out.append(Probe("compounds: hyphenated names", f"Chile sanctioned {who} on Monday.",
                         ("Chile", "SANCTIONS", who), date=MON))
    for state in ("Guinea-Bissau", "Timor-Leste"):
        out.append(Probe("compounds: hyphenated names", f"Chile sanctioned {state} on Monday.",
                         ("Chile", "SANCTIONS", state), date=MON, absent=("Guinea", "Timor")))
        out.append(Probe("compounds: hyphenated names", f"Chile-{state} talks resumed on Monday.",
                         ("Chile", "NEGOTIATES_WITH", state), date=MON, absent=("Guinea", "Timor")))
    out.append(Probe("compounds: hyphenated names", "Chile sanctioned the China-Pakistan Development Fund on Monday.",
                     ("Chile", "SANCTIONS", "China-Pakistan Development Fund"), date=MON))
    return out


PROBES = _pairs() + _modifiers() + _names()
