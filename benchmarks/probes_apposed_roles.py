"""Round 26: standing ties told by the words around a name, in shapes the dev sets missed on unseen text:
coordinated people under one plural role ("A and B, leaders of the Y,"), a role after a description ("X, a
gang leader who acts as a spokesman for Y"), a lawyer "representing" a client, a student "at" a university, a
university's rector, an embassy's "head of mission", a body "commanded by" a titled person with a demonym
("commanded by Kenyan police officer X": X and Kenya), and a post held in the past ("X, the former
construction minister,": none; docs: former offices are not recorded)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODY = "Civic Renewal Front"
_PAIRS = (("Alpha Kanté", "Sékou Baldé"), ("Mara Lind", "Jonas Berg"))
_PLURAL_ROLES = (("leaders of the", "LEADS"), ("two leaders of the", "LEADS"), ("senior members of the", "MEMBER_OF"),
                 ("members of the", "MEMBER_OF"), ("both officials of the", "HOLDS_POSITION"))
_TAILS = ("were arrested on Monday.", "said the vote had been rigged.", "denied the charges.")

PROBES = [
    Probe("apposed roles: plural role after coordinated people",
          f"{a} and {b}, {role} {_BODY}, {tail}", (who, rel, _BODY))
    for a, b in _PAIRS for role, rel in _PLURAL_ROLES for tail in _TAILS[:2] for who in (a, b)
] + [
    Probe("apposed roles: plural role, three people",
          f"Police detained {_PAIRS[0][0]}, {_PAIRS[1][0]} and {_PAIRS[1][1]}, leaders of the {_BODY}, on Monday.",
          (who, "LEADS", _BODY))
    for who in (_PAIRS[0][0], _PAIRS[1][0], _PAIRS[1][1])
] + [
    # negative: the plural role describes the body's people, the two named are outside it
    Probe("apposed roles: plural role, not the named people",
          f"{a} and {b} met leaders of the {_BODY} on Monday.", (a, "MEETS_WITH", _BODY),
          forbidden=((a, "LEADS", _BODY), (b, "LEADS", _BODY)))
    for a, b in _PAIRS
] + [
    Probe("apposed roles: role after a description",
          f"Wilson Dérival, {desc} {verb} a spokesman for the {_BODY}, warned that the coalition would attack.",
          ("Wilson Dérival", "HOLDS_POSITION", _BODY))
    for desc in ("a gang leader who", "a former teacher who", "a businessman who")
    for verb in ("acts as", "serves as", "now serves as", "works as")
] + [
    Probe("apposed roles: lawyer representing a client",
          f"Hélène Verbruggen, {who} representing {client}, said the state would ask the court for damages.",
          ("Hélène Verbruggen", "ASSOCIATED_WITH", name))
    for who in ("a lawyer", "a Brussels lawyer", "the lawyer", "an attorney")
    for client, name in (("Congo", "Democratic Republic of the Congo"), ("the Civic Renewal Front", _BODY),
                         ("Ana Soto", "Ana Soto"))
] + [
    Probe("apposed roles: student at a university",
          f"Among those detained was Teodora Lazić, {desc} at the University of Novi Sad.",
          ("Teodora Lazić", "MEMBER_OF", "University of Novi Sad"))
    for desc in ("a 22-year-old law student", "a student", "a doctoral student", "a 19-year-old student")
] + [
    Probe("apposed roles: a university's rector",
          f"{who}, the rector of the University of Belgrade, {tail}", (who, "LEADS", "University of Belgrade"))
    for who in ("Vladan Ristić", "Ana Kovač") for tail in _TAILS[1:]
] + [
    Probe("apposed roles: head of mission",
          f"The order named {owner} {role}, {text_name}.", (name, "HOLDS_POSITION", "Ethiopia"))
    for owner in ("Ethiopia's",) for role in ("deputy head of mission", "head of mission", "military attaché")
    for text_name, name in (("Tesfaye Gebremariam", "Tesfaye Gebremariam"), ("Colonel Dawit Alemu", "Dawit Alemu"))
] + [
    Probe("apposed roles: commanded by a titled person with a demonym",
          f"The {_BODY}, {verb} by {dem} police officer Joseph Kiprono, has about 1,000 personnel in Haiti.",
          ("Joseph Kiprono", "LEADS", _BODY))
    for verb in ("commanded", "led", "headed") for dem in ("Kenyan", "Ghanaian")
] + [
    Probe("apposed roles: former post after the name",
          f"{opening} Goran Mitić, the former {post}, {tail}", ("", "", ""),
          forbidden=(("Goran Mitić", "HOLDS_POSITION", "Serbia"), ("Goran Mitić", "LEADS", "Serbia")))
    for opening in ("Serbian prosecutors charged", "Prosecutors in Serbia questioned")
    for post in ("construction minister", "interior minister", "prime minister", "president")
    for tail in ("on Monday.", "but a court later released him.")
] + [
    # the same shape without "former" still gives the post
    Probe("apposed roles: post after the name, held now",
          f"Serbian prosecutors charged Goran Mitić, the {post}, on Monday.", ("Goran Mitić", rel, "Serbia"))
    for post, rel in (("construction minister", "HOLDS_POSITION"), ("interior minister", "HOLDS_POSITION"))
]
PROBES += [
    # "its" after "Y's role, X, and": Y again, not the sentence's subject
    Probe("apposed roles: its after a possessed role",
          f"{subject} expelled Ethiopia's {role}, Tesfaye Gebremariam, and its {role2}, Colonel Dawit Alemu.",
          ("Dawit Alemu", "HOLDS_POSITION", "Ethiopia"), forbidden=(("Dawit Alemu", "HOLDS_POSITION", subject),))
    for subject in ("Somalia", "Kenya") for role in ("deputy head of mission", "ambassador")
    for role2 in ("military attaché", "first secretary")
] + [
    Probe("apposed roles: its of the subject still",
          "Somalia said its ambassador, Colonel Dawit Alemu, had been recalled.", ("Dawit Alemu", "HOLDS_POSITION", "Somalia")),
]
