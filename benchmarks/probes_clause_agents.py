"""Round 30, who acts in a clause of coercion or force (C): the subject of an "after/before/since/until" clause
told more fully (its short form in brackets, "X's border police", "X's agency said it had"), a body acting through
its members or chamber ("a panel of the X", "commandos from the X"), and a body's members named in apposition
("detained two NABU detectives, A and B": A and B, not the body). Negatives: "after" opening a prepositional
phrase, a possessor that does not act through the noun it owns, a body's members described without names."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CLAUSE_OPENERS = ("Protests began after", "The vote was held a day after", "Talks stalled two days before",
                   "The sanctions came a week after")
_FULL_SUBJECTS = (("the Federal Security Bureau (FSB)", "Federal Security Bureau"),
                  ("the National Crime Agency (NCA)", "National Crime Agency"),
                  ("Moldova's border police", "Moldova"), ("Moldova's intelligence agency", "Moldova"),
                  ("Moldova's military intelligence agency said it had", "Moldova"),
                  ("Moldova's security service", "Moldova"))
_ACTS = (("detained Radu Ionescu", "COERCES", "Radu Ionescu"), ("arrested Radu Ionescu", "COERCES", "Radu Ionescu"),
         ("captured two Ukrainian soldiers", "COERCES", "two Ukrainian soldiers"))

PROBES = [
    Probe("the subject of an after-clause told more fully", f"{opener} {subject} {act}.", (agent, rel, target))
    for opener in _CLAUSE_OPENERS for subject, agent in _FULL_SUBJECTS for act, rel, target in _ACTS
] + [
    Probe("negative: after-clause subjects that do not act",
          text, ("", "", ""), forbidden=forbidden)
    for text, forbidden in (
        ("Talks stalled after the party's spokesman criticised Radu Ionescu.",
         (("Radu Ionescu", "ACCUSES", "Radu Ionescu"),)),
        ("Protests began after Moldova's decision to detain Radu Ionescu.", (("Moldova", "ACCUSES", "Radu Ionescu"),)),
        ("Talks stalled after the invasion of Ukraine's east killed Radu Ionescu.",
         (("Ukraine", "ATTACKS", "Radu Ionescu"),)),
        ("Protests began after the Lotus Group's critics detained Radu Ionescu.",
         (("Lotus Group", "COERCES", "Radu Ionescu"),)))
]
_PARTS = ("The criminal chamber of", "A panel of", "Judges of", "Commandos from", "Detectives of", "Guards of",
          "A patrol of", "Soldiers of", "Investigators of")
_BODIES = (("the Supreme Court", "Supreme Court"), ("the Free Valley Front", "Free Valley Front"),
           ("the State Security Bureau", "State Security Bureau"))
PROBES += [
    Probe("a body acting through its members or chamber", f"{part} {body} {verb} Radu Ionescu on Monday.",
          (name, rel, "Radu Ionescu"))
    for part in _PARTS for body, name in _BODIES
    for verb, rel in (("detained", "COERCES"), ("sentenced", "INVESTIGATES"))
] + [
    Probe("a body acting through its members, in a by-phrase",
          f"Radu Ionescu was detained by {part.lower()} {body} near the border.", (name, "COERCES", "Radu Ionescu"))
    for part in ("a patrol of", "commandos from", "detectives of") for body, name in _BODIES
]
_MEMBERS = ("two NABU detectives", "three Lotus Group executives", "two Free Valley Front commanders",
            "the Lotus Group's senior managers", "two State Security Bureau officers")
PROBES += [
    Probe("a body's members named in apposition: the people, not the body",
          f"The {agent} {verb} {members}, Radu Ionescu and Ana Popa, on Monday.", (agent_name, rel, person),
          forbidden=((agent_name, rel, body),))
    for agent, agent_name in (("Security Service of Ukraine (SBU)", "Security Service of Ukraine"),
                              ("Moldovan police", "Moldova"))
    for members, body in zip(_MEMBERS, ("NABU", "Lotus Group", "Free Valley Front", "Lotus Group",
                                        "State Security Bureau"), strict=True)
    for verb, rel in (("detained", "COERCES"), ("arrested", "COERCES"), ("charged", "INVESTIGATES"))
    for person in ("Radu Ionescu", "Ana Popa")
] + [
    Probe("negative: a body's members described, not named: no one named in apposition",
          f"Moldovan police detained two Lotus Group executives, {how}, on Monday.",
          ("Moldova", "COERCES", "two Lotus Group executives"), forbidden=(("Moldova", "COERCES", "Romania"),))
    for how in ("both citizens of Romania", "according to the ministry")
]
