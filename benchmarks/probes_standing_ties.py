"""Standing ties, round 23: the other parties of one pact agree with each other ("A signed a pact with B and C" ->
B AGREES_WITH C); allies and backers named as someone's own by their nation or capital ("the M23 and its Rwandan
backers" -> Rwanda SUPPORTS the M23; "the Malian army and its Russian allies" -> Russia COOPERATES_WITH Mali); a bare
", allied with Y," apposition (SUPPORTS, of the name before the comma); a funder of public works in a state AIDS it.
Also a signer's partner named with its owner ("with ExxonMobil and its partner Hess": the signer agrees with Hess
too); a member past an age ("X, 47, a senior member of Y") or named before "member" ("X, a suspected Y member"); a
wing, branch or affiliate ("X, the student wing of Y", "X, Y's Sahel affiliate": ASSOCIATED_WITH); an affiliate named past its bracketed short form ("the Rapid Support Forces (RSF), a paramilitary group allied
with Y"). Negatives: separate deals, a partner named with its owner, a state's allies in another country (factions there),
regional words, works only offered, a possessor's allies or critics acting ("Iran's allies in Iraq fired
rockets": not Iran)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PACT_TRIOS = (("Kenya", "Uganda", "Tanzania"), ("Chile", "Peru", "Bolivia"), ("Egypt", "Eritrea", "Somalia"),
               ("Armenia", "Azerbaijan", "Georgia"))
_WITH_PACT = ("{a} signed a security pact with {b} and {c} last year.",
              "{a} concluded the transit accord with {b} and {c} on Tuesday.",
              "On Monday {a} signed a trade agreement with {b} and {c} in the capital.",
              "{a} has signed a defence treaty with {b} and {c}, officials said.")
_LISTED_PACT = ("{a}, {b} and {c} signed a customs accord on Monday.",
                "{a}, {b} and {c} signed a joint declaration on border security last week.")
_NOT_ONE_PACT = ("{a} signed separate trade deals with {b} and {c} last month.",
                 "{a} and {b} signed a water accord in May, while {c} signed a separate deal with Japan.",
                 "{a} signed trade agreements with {b} and {c} in March.",
                 "{a} signed a water accord with {b} in May and a rail deal with {c} in June.")

_OWNERS = (("M23", "Rwandan", "Rwanda", "Kigali"), ("Houthis", "Iranian", "Iran", "Tehran"),
           ("Red Tabara", "Rwandan", "Rwanda", "Kigali"), ("Rapid Support Forces", "Emirati", "United Arab Emirates",
                                                           "Abu Dhabi"))
_BACKERS = ("{accuser} accused the {owner} and its {dem} backers of launching the offensive.",
            "{accuser} accused the {owner} and its backers in {seat} of launching the offensive.",
            "{accuser} accused the {owner} and its backers in {state} of launching the offensive.",
            "The {owner}'s {dem} patrons have denied arming the group.",
            "The {owner} and their {dem} sponsors rejected the ceasefire plan on Friday.")
_ARMIES = (("Malian", "Mali", "Russian", "Russia"), ("Sudanese", "Sudan", "Egyptian", "Egypt"),
           ("Congolese", "Democratic Republic of the Congo", "Burundian", "Burundi"),
           ("Mozambican", "Mozambique", "Rwandan", "Rwanda"))
_ALLIED_ARMY = ("Rebels attacked the {adj} army and its {dem} allies near the border on Sunday.",
                "The {adj} army and its {dem} allies retook the town on Tuesday.",
                "Insurgents have fought the {adj} army and its {dem} allies for years.")
_FACTIONS = ("{state}'s allies in {other} condemned the strike on Monday.",
             "{state} and its {odem} allies condemned the strike on Monday.")
_FACTION_STATES = (("Iran", "Iraq", "Iraqi"), ("Turkey", "Syria", "Syrian"), ("Saudi Arabia", "Yemen", "Yemeni"))

_GROUPS = (("Popular Resistance Front", "Iran"), ("National Defence Front", "Russia"),
           ("Southern Liberation Army", "Eritrea"), ("Tigray Peace Force", "Ethiopia"))
_BARE_ALLIED = ("The {g}, allied with {s}, attacked the convoy on Monday.",
                "The {g}, closely allied to {s}, claimed the attack on Monday.",
                "Jets struck the {g}, long allied with {s}, on Monday.",
                "Witnesses said the {g}, allied with {s}, shelled the town.")

_SHORT = (("Rapid Support Forces", "RSF", "United Arab Emirates"), ("National Defence Front", "NDF", "Russia"),
          ("Sudan Liberation Movement", "SLM", "Egypt"), ("Southern Liberation Army", "SLA", "Eritrea"))
_SHORT_ALLIED = ("The {g} ({a}), a paramilitary group allied with {s}, seized the town on Monday.",
                 "Fighting broke out between the army and the {g} ({a}), a powerful militia closely allied with {s}.",
                 "The {g} ({a}), a rebel faction now allied with {s}, said it had taken the town.",
                 "The {g} ({a}) - a rebel faction allied with {s} - took the town on Monday.",
                 "Jets bombed the {g} ({a}), an armed movement of northern clans long aligned with {s}.")

_FUNDERS = (("China", "Pakistan", "port"), ("Japan", "Bangladesh", "hospital"), ("Kuwait", "Mauritania", "bridge"),
            ("Qatar", "Rwanda", "stadium"))
_FUNDED = ("{f} financed the new {w} in {s}.",
           "{f} paid for a new {w} in {s} last year.",
           "{f} funded the construction of a {w} in {s}.",
           "The {w} in {s}, which was paid for by {f}, opened on Monday.",
           "{f} financed {s_poss} new {w}.")
_NOT_FUNDED = ("{f} offered to finance a new {w} in {s}.",
               "{f} paid for {s_poss} debts in full.")


_SIGNERS = (("Suriname", "Petronas", "Sapura Energy"), ("Guyana", "ExxonMobil", "Hess Corporation"),
            ("Namibia", "Shell", "QatarEnergy"), ("Mozambique", "Eni", "TotalEnergies"))
_PARTNERED = ("{a} signed the licence with {b} and its partner {c} on Wednesday.",
              "{a} signed a production-sharing contract with {b} and its Asian partner {c} on Monday.",
              "On Tuesday {a} signed an exploration deal with {b} and its joint-venture partner, {c}.")

_MEMBERS = (("Farrukh Nazarov", "Group 24"), ("Omar Haddad", "Sinaloa Cartel"), ("Ana Ruiz", "Los Choneros"),
            ("Ilir Gashi", "Los Lobos"))
_MEMBER_WORDINGS = ("Police detained {p}, 47, a senior member of the banned movement {o}, on Friday.",
                    "Police detained {p}, 35, a suspected member of the {o}, on Friday.",
                    "Police detained {p}, a suspected {o} member, on Friday.",
                    "Police detained {p}, a senior {o} operative wanted in Spain, on Friday.")
_NON_MEMBER = ("Police detained {p}, a {o} lawyer, on Friday.",
               "Police detained {p}, a former member of the {o}, on Friday.")

_WINGS = (("Insaf Students Federation", "Pakistan Tehreek-e-Insaf", "PTI"), ("Ahrar Brigade", "Popular Congress Party", "PCP"),
          ("Youth League", "Democratic Alliance", "DA"), ("Sahel Front", "Islamic State", "IS"))
_WING_WORDINGS = ("The government banned the {x}, the student wing of the opposition {y} ({a}), on Wednesday.",
                  "The {x}, the {y}'s youth wing, held a rally on Monday.",
                  "The {x}, a regional branch of the {y}, claimed the attack.",
                  "The {x}, the {y}'s Sahel affiliate, controls large parts of the countryside.")


_OUTLETS = (("Marta Quiroga", "Andean Press Agency"), ("Kofi Boateng", "Radio Savanna"),
            ("Lena Varga", "Danube News Service"), ("Ahmed Saleh", "Gulf Broadcasting Corporation"))
_OUTLET_WORDINGS = ("{p}, a correspondent for the {o}, was expelled on Monday.",
                    "Police detained {p}, a reporter for the private broadcaster {o}, on Friday.")
_PARTY_LEADERS = (("Tomas Vrabec", "Nova Cesta", "Ivan Kollar"), ("Mirela Dobre", "Civic Renewal Party", "Sorin Pop"),
                  ("Ana Ferraz", "Liberal Front", "Jorge Mota"))
_HIS_PARTY = ("Prime Minister {a} dismissed the ruling. His party, {o}, pushed the law through parliament in April, "
              "and President {b} signed it.",
              "Opposition leader {a} called the vote a fraud. Her party, the {o}, boycotted the session, and "
              "Speaker {b} adjourned it.")


_OTHERS = ("{s}'s allies in {o} fired rockets at Israel on Monday.",
           "{s}'s closest allies attacked the Israeli embassy on Monday.",
           "{s}'s critics accused Israel of lying.")


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


PROBES = [
    Probe("co-parties after one pact's 'with'", t.format(a=a, b=b, c=c), (b, "AGREES_WITH", c))
    for t in _WITH_PACT for a, b, c in _PACT_TRIOS
] + [
    Probe("co-parties listed as subjects of one pact", t.format(a=a, b=b, c=c), (b, "AGREES_WITH", c))
    for t in _LISTED_PACT for a, b, c in _PACT_TRIOS
] + [
    Probe("negative: separate pacts", t.format(a=a, b=b, c=c), ("", "", ""),
          forbidden=((b, "AGREES_WITH", c), (c, "AGREES_WITH", b)))
    for t in _NOT_ONE_PACT for a, b, c in _PACT_TRIOS
] + [
    Probe("possessed backers by nation or capital", t.format(accuser="Kenya", owner=o, dem=d, state=s, seat=c),
          (s, "SUPPORTS", o if not o.startswith("Houthi") else "Houthis"))
    for t in _BACKERS for o, d, s, c in _OWNERS
] + [
    Probe("allies coordinated with a state's army", t.format(adj=adj, dem=dem), (ally, "COOPERATES_WITH", state))
    for t in _ALLIED_ARMY for adj, state, dem, ally in _ARMIES
] + [
    Probe("negative: a state's allies in another country", t.format(state=s, other=o, odem=od), ("", "", ""),
          forbidden=((o, "SUPPORTS", s), (o, "COOPERATES_WITH", s)))
    for t in _FACTIONS for s, o, od in _FACTION_STATES
] + [
    Probe("bare 'allied with' apposition", t.format(g=g, s=s), (g, "SUPPORTS", s))
    for t in _BARE_ALLIED for g, s in _GROUPS
] + [
    Probe("bracketed short form, then its affiliation", t.format(g=g, a=a, s=st), (g, "SUPPORTS", st))
    for t in _SHORT_ALLIED for g, a, st in _SHORT
] + [
    Probe("negative: the clause's subject is not the ally", f"Israeli jets struck the {g}, allied with {s}, on Monday.",
          ("", "", ""), forbidden=(("Israel", "COOPERATES_WITH", s), ("Israel", "SUPPORTS", s)))
    for g, s in _GROUPS
] + [
    Probe("a signer's partner named with its owner", t.format(a=a, b=b, c=c), (a, "AGREES_WITH", c))
    for t in _PARTNERED for a, b, c in _SIGNERS
] + [
    Probe("member past an age, or named before 'member'", t.format(p=pp, o=o), (pp, "MEMBER_OF", o))
    for t in _MEMBER_WORDINGS for pp, o in _MEMBERS
] + [
    Probe("negative: a lawyer, a former member", t.format(p=pp, o=o), ("", "", ""), forbidden=((pp, "MEMBER_OF", o),))
    for t in _NON_MEMBER for pp, o in _MEMBERS
] + [
    Probe("a wing, branch or affiliate of a body", t.format(x=x, y=y, a=a), (x, "ASSOCIATED_WITH", y))
    for t in _WING_WORDINGS for x, y, a in _WINGS
] + [
    Probe("a reporter's post at an outlet", t.format(p=pp, o=o), (pp, "HOLDS_POSITION", o),
          forbidden=((pp, "MEMBER_OF", o),))
    for t in _OUTLET_WORDINGS for pp, o in _OUTLETS
] + [
    Probe("'his party' looks back past a later name", t.format(a=a, o=o, b=b), (a, "MEMBER_OF", o),
          forbidden=((b, "MEMBER_OF", o),))
    for t in _HIS_PARTY for a, o, b in _PARTY_LEADERS
] + [
    Probe("negative: a possessor's allies or critics act, not the possessor", t.format(s=st, o=o), ("", "", ""),
          forbidden=((st, "ATTACKS", "Israel"), (st, "ACCUSES", "Israel")))
    for t in _OTHERS for st, o, _ in _FACTION_STATES
] + [
    Probe("funder of public works in a state", t.format(f=f, s=s, w=w, s_poss=_poss(s)), (f, "AIDS", s))
    for t in _FUNDED for f, s, w in _FUNDERS
] + [
    Probe("negative: works offered, debts paid", t.format(f=f, s=s, w=w, s_poss=_poss(s)), ("", "", ""),
          forbidden=((f, "AIDS", s),))
    for t in _NOT_FUNDED for f, s, w in _FUNDERS
]
