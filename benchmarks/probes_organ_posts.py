"""Standing ties of round 28: a post in a state's ministry or department is a post in the state ("X, a State
Department spokesman" -> X HOLDS_POSITION the United States; courts and bodies with names of their own keep the
post); "Y, the NATO-led force," -> NATO LEADS Y (the "-led" description set off after the body's name); "Labour
Party leader X" -> X LEADS the Labour Party (a title that begins with the last word of the body's name)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PERSON = "Marta Kovel"
_CLAUSES = ("said the talks had stalled.", "told reporters on Monday that no deal was near.",
            "denied the report.")
# (how the organ is written, the state it belongs to)
_ORGANS = (("a State Department spokeswoman", "United States"), ("a senior US Treasury official", "United States"),
           ("a US State Department official", "United States"), ("a Foreign Office spokeswoman", "United Kingdom"),
           ("a spokeswoman for Chile's Foreign Ministry", "Chile"), ("a Peruvian Foreign Ministry official", "Peru"),
           ("a spokeswoman for Chile's Foreign Affairs Ministry", "Chile"))
_ORGAN_NAMES = ("State Department", "US Treasury", "US State Department", "Foreign Office", "Foreign Ministry",
                "Peruvian Foreign Ministry", "Foreign Affairs Ministry")

PROBES = [
    Probe("a post in a state's ministry is a post in the state", f"{_PERSON}, {organ}, {clause}",
          (_PERSON, "HOLDS_POSITION", state),
          forbidden=tuple((_PERSON, "HOLDS_POSITION", name) for name in _ORGAN_NAMES))
    for organ, state in _ORGANS for clause in _CLAUSES
] + [
    Probe("a post in a state's ministry is a post in the state, title first",
          f"{organ} spokeswoman {_PERSON} {clause}", (_PERSON, "HOLDS_POSITION", state))
    for organ, state in (("State Department", "United States"), ("Russian Foreign Ministry", "Russia"),
                         ("Chilean Foreign Ministry", "Chile"), ("British Foreign Office", "United Kingdom"))
    for clause in _CLAUSES
] + [
    Probe("a named office keeps the post", f"{_PERSON}, a spokeswoman for the Andean Affairs Office, {clause}",
          (_PERSON, "HOLDS_POSITION", "Andean Affairs Office"))
    for clause in _CLAUSES
]

_LED_BY = (("NATO", "NATO"), ("US", "United States"), ("Russian", "Russia"), ("Moscow", "Russia"),
           ("French", "France"), ("African Union", "African Union"))
_BODY = "Lake Chad Task Force"
_DESCRIBED = ("the {s}-led peacekeeping force", "a {s}-led coalition of six states",
              "the {s}-led military alliance that includes Chad", "a {s}-led mission")

PROBES += [
    Probe("a '-led' description set off after the body", f"Chile called on the {_BODY}, {d.format(s=s)}, to act.",
          (leader, "LEADS", _BODY))
    for s, leader in _LED_BY for d in _DESCRIBED
] + [
    Probe("a '-led' description set off after the body, subject", f"The {_BODY}, {d.format(s=s)}, withdrew on Monday.",
          (leader, "LEADS", _BODY))
    for s, leader in _LED_BY for d in _DESCRIBED
] + [
    Probe("a '-led' description heading a list is no apposition",
          f"Chile sanctioned the {_BODY}, the {s}-led force and two firms.", ("", "", ""),
          forbidden=((leader, "LEADS", _BODY),))
    for s, leader in _LED_BY
] + [
    Probe("a '-led' description with a relative clause heading a list is no apposition",
          f"Chile sanctioned the {_BODY}, the {s}-led force that patrols the coast and two firms.", ("", "", ""),
          forbidden=((leader, "LEADS", _BODY),))
    for s, leader in _LED_BY
]

_PARTIES = ("Labour Party", "Green Party", "Farmers Union", "Liberty Movement", "National Front")
_LEADER = "Mere Tuavera"

PROBES += [
    Probe("a body's title after its name", f"{party} {noun} {_LEADER} {clause}", (_LEADER, "LEADS", party))
    for party in _PARTIES for noun in ("leader", "chairman")
    for clause in ("accused the government of lying.", "said the vote was rigged.")
    if party.split()[-1].lower() in ("party", "union", "movement", "front")
] + [
    Probe("a body's title after its name, object", f"Chile sanctioned {party} leader {_LEADER} on Monday.",
          (_LEADER, "LEADS", party))
    for party in _PARTIES
] + [
    Probe("a title word inside a court's name is no title of that court",
          f"The two leaders agreed that the dispute should go to the International Court of Justice, {_LEADER}'s office "
          "said.", ("", "", ""), forbidden=((_LEADER, "HOLDS_POSITION", "International Court of Justice"),
                                             (_LEADER, "LEADS", "International Court of Justice")))
]

_HEADS = (("President", "Mauritius"), ("Prime Minister", "Mauritius"))
_STAFF = ("spokeswoman", "deputy", "adviser", "chief of staff")

PROBES += [
    Probe("a leader's staff serve what the leader leads",
          f"{title} Rafe Doolub of {state} met the envoy on Monday. The claim was denied by Doolub's {role}, Nadia "
          "Ramdin.", ("Nadia Ramdin", "HOLDS_POSITION", state),
          forbidden=(("Nadia Ramdin", "ASSOCIATED_WITH", "Rafe Doolub"),))
    for title, state in _HEADS for role in _STAFF
] + [
    Probe("a leader's lawyer stays the leader's own tie",
          f"{title} Rafe Doolub of {state} met the envoy on Monday. His lawyer, Nadia Ramdin, said he was innocent.",
          ("Nadia Ramdin", "ASSOCIATED_WITH", "Rafe Doolub"), forbidden=(("Nadia Ramdin", "HOLDS_POSITION", state),))
    for title, state in _HEADS
]

_FRONTS = ("Lowland Front", "LFA", "Northern Brigades")

PROBES += [
    Probe("one of a body's commanders holds a post in it", text.format(b=body), ("Abu Kaso", "HOLDS_POSITION", body),
          forbidden=(("Abu Kaso", "MEMBER_OF", body), ("Abu Kaso", "LEADS", body)))
    for body in _FRONTS for text in (
        "A {b} commander in the north, Abu Kaso, said the army was killing civilians.",
        "Abu Kaso, a {b} commander in the area, said the group would hold the town.",
        "Chile extradited Abu Kaso, a senior {b} commander known as \"Cobra\", to Peru.",
        "Abu Kaso, a {b} spokesman based in Lima, rejected the order.")
] + [
    Probe("one of a body's commanders, in a year, held the post then", f"Abu Kaso, a {body} commander in 2019, said "
          "the war was lost.", ("", "", ""), forbidden=(("Abu Kaso", "HOLDS_POSITION", body),))
    for body in _FRONTS
]

_OPENERS = (("Chile's foreign ministry denied the report.", "Chile"), ("Chile denied the report.", "Chile"),
            ("The Lowland Front denied the report.", "Lowland Front"))
_QUOTES = ('"We did not fire," spokesman Abu Kaso said.', '"No civilian was hit," spokeswoman Abu Kaso told reporters.',
           '"Chile has not recognised the entity," spokesperson Abu Kaso said on Monday.')

PROBES += [
    Probe("a bare spokesperson after a quote speaks for the body the sentence before named", f"{opener} {quote}",
          ("Abu Kaso", "HOLDS_POSITION", body))
    for opener, body in _OPENERS for quote in _QUOTES
] + [
    Probe("a bare spokesperson in a sentence of its own speaks for no one guessed", f"Chile denied the report. {quote}",
          ("", "", ""), forbidden=(("Abu Kaso", "HOLDS_POSITION", "Chile"),))
    for quote in ("Spokesman Abu Kaso said the report was false.", "The report was false, spokesman Abu Kaso said.")
]
