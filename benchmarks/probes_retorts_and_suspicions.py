"""Round 27, accusations and denials read on the freshest dev sets (blind12/13): a retort after a denied
that-clause is the denier's ("X denied that Afghanistan harboured the group and accused Pakistan of ..."); a charging
participle whose object is a description ("sanctioned X, accusing the conglomerate of ..."); a suspicion reported
("X said Y was 'suspected of spying'", "said A and that Y was suspected of ..."); a rejected suggestion that something
happened is a denial ("The government rejected suggestions that the case was political"). Near-misses: the
that-clause's own subject does not accuse; a suspicion said not to exist; a suggestion that something be done is a
proposal, not a claim."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DENIERS = (("Zabihullah Rahimi", "Taliban spokesman Zabihullah Rahimi"),
            ("Ana Ruiz", "Peru's defence minister, Ana Ruiz,"),
            ("Chile", "Chile"))
_CLAUSES = ("Afghanistan harboured the group", "Bolivia sheltered the rebels", "Bolivia ever armed the rebels")
_RETORTS = ("accused Pakistan of violating its sovereignty", "accused Pakistan of provoking the incident",
            "blamed Pakistan for the clashes")
_DENIAL_VERBS = ("denied", "denies")

_SANCTIONERS = (("The United States", "United States"), ("Britain", "United Kingdom"), ("The European Union", "European Union"))
_TARGETS = (("Mekong Crown Group", "conglomerate"), ("Sokha Trust Bank", "bank"), ("Orion Shipping", "company"),
            ("Kuda Front", "group"))
_PEOPLE = (("Ivo Sand", "businessman"), ("Juan Soto", "man"))

_SPEAKERS = (("Foreign ministry spokeswoman Li Mei", "Li Mei"), ("Interior Minister Arben Hoxha", "Arben Hoxha"),
             ("Peru's chief prosecutor, Ana Ruiz,", "Ana Ruiz"))
_SUSPECTS = (("Takeshi Mori", "Mori"), ("Dejan Petrovic", "Petrovic"))
_SUSPICIONS = ('was "suspected of engaging in espionage"', "was suspected of paying salaries from foreign funds",
               "is suspected of passing secrets to a foreign power", "had been accused of bribing officials")

PROBES = [
    Probe("a retort after a denied that-clause", f"Pakistan accused Afghanistan of sheltering militants. {full} "
          f"{verb} that {clause} and {retort}.", (name, "ACCUSES", "Pakistan"),
          forbidden=(("Afghanistan", "ACCUSES", "Pakistan"), ("Bolivia", "ACCUSES", "Pakistan")), status="asserted")
    for name, full in _DENIERS for verb in _DENIAL_VERBS for clause in _CLAUSES for retort in _RETORTS[:2]
] + [
    Probe("a retort blamed after a denied that-clause", f"{full} denied that {clause} and {_RETORTS[2]}.",
          (name, "ACCUSES", "Pakistan"), forbidden=(("Afghanistan", "ACCUSES", "Pakistan"),))
    for name, full in _DENIERS for clause in _CLAUSES[:1]
] + [
    Probe("a charging participle with a described object", f"{sub} on Tuesday imposed sanctions on {target}, accusing "
          f"the {noun} of running scam compounds.", (src, "ACCUSES", target))
    for sub, src in _SANCTIONERS for target, noun in _TARGETS
] + [
    Probe("a described object after coordinated sanctioners", f"The United States and Britain imposed sanctions on "
          f"{target}, accusing the {noun} of fraud.", ("United Kingdom", "ACCUSES", target))
    for target, noun in _TARGETS
] + [
    Probe("a charged person described", f"Peru arrested {full} on Monday, accusing the {noun} of bribing judges.",
          ("Peru", "ACCUSES", full))
    for full, noun in _PEOPLE
] + [
    Probe("a suspicion reported", f"China detained {full} in April. {speaker} said {short} {suspicion}.",
          (name, "ACCUSES", full))
    for speaker, name in _SPEAKERS for full, short in _SUSPECTS for suspicion in _SUSPICIONS
] + [
    Probe("a suspicion in a second that-clause", f"China closed the offices in April. {speaker} said the offices had "
          f"operated illegally and that {full} was suspected of paying salaries from foreign funds.",
          (name, "ACCUSES", full))
    for speaker, name in _SPEAKERS for full, _ in _SUSPECTS
] + [
    Probe("a suspicion said not to exist", f"China detained {full} in April. {speaker} said {short} was suspected of "
          "nothing.", ("", "", ""), forbidden=((name, "ACCUSES", full),))
    for speaker, name in _SPEAKERS for full, short in _SUSPECTS
] + [
    Probe("a rejected suggestion that something happened", f"Opposition leader Ivo Sand accused Turkey's government of "
          f"a civilian coup. Turkey {verb} {noun} that the case was politically motivated.", ("Turkey", "DENIES", "Ivo Sand"))
    for verb in ("rejected", "dismissed") for noun in ("suggestions", "the suggestion", "any suggestion")
] + [
    Probe("a suggestion that something be done is a proposal", f"Peru {verb} a Chilean suggestion that talks should be "
          "held in Lima.", ("", "", ""), forbidden=(("Peru", "DENIES", "Chile"),))
    for verb in ("rejected", "dismissed")
]

# a short surname is the person whose surname it is whole, not a relative's hyphenated one registered first (the
#   longer name): "Magbanua" after "Rodolfo Magbanua" and "Isabel Magbanua-Cruz"
_FAMILIES = (("Rodolfo Magbanua", "Magbanua", "Isabel Magbanua-Cruz"), ("Juan Soto", "Soto", "Maria Soto-Reyes"),
             ("Karim Haddad", "Haddad", "Leila Haddad-Nasser"))
PROBES += [
    Probe("a surname not taken for a relative's hyphenated one", f"Police arrested former president {full} on Tuesday. "
          f"Officers detained {short}, 79, as he stepped off a flight. The International Criminal Court accuses {short} "
          f"of overseeing killings. {short}'s daughter, Senator {relative}, called the arrest a kidnapping.",
          ("International Criminal Court", "ACCUSES", full),
          forbidden=(("International Criminal Court", "ACCUSES", relative),))
    for full, short, relative in _FAMILIES
] + [
    Probe("a surname's denial after a relative is named", f"Police arrested former president {full} on Tuesday. "
          f"Officers detained {short}, 79, at the airport. The International Criminal Court accuses {short} of "
          f"overseeing killings. {short}'s daughter, Senator {relative}, called the arrest a kidnapping. {short} has "
          "denied ordering any killings.", (full, "DENIES", "International Criminal Court"))
    for full, short, relative in _FAMILIES
]

# "funds" the noun reported is no funding charged: "said Paris was ready to return confiscated funds to X"
PROBES += [
    Probe("money returned is no charge", f"A French foreign ministry spokesman, Olivier Dumas, said Paris was ready to "
          f"return {noun} to Equatorial Guinea.", ("", "", ""), forbidden=(("Olivier Dumas", "ACCUSES", "France"),))
    for noun in ("confiscated funds", "the funds", "seized funds", "frozen funds")
] + [
    Probe("a state said to fund a group", f"Peru's foreign minister said Chile {verb} the rebels.", ("Peru", "ACCUSES", "Chile"))
    for verb in ("funds", "secretly funds", "had funded")
]
PROBES += [
    Probe("a transfer of funds reported", f"The Treasury Department also named Sahal Guled, who it said arranged the "
          f"{noun} through a freight forwarder.", ("Treasury Department", "ACCUSES", "Sahal Guled"))
    for noun in ("transfer of funds", "transfers of money", "diversion of public funds")
]

# a denial answers every co-accuser of the accusation it answers (one verb, coordinated subjects)
_CO = (("The United States and Britain", ("United States", "United Kingdom")),
       ("Kenya, Uganda and the United Nations", ("Kenya", "Uganda", "United Nations")))
PROBES += [
    Probe("a denial answers each co-accuser", f"{subjects} on Tuesday imposed sanctions on Cambodia's Mekong Crown "
          f"Group and its chairman, accusing {obj} of running scam compounds. Mekong Crown said in a statement that it "
          f"{denial}.", ("Mekong Crown Group", "DENIES", accusers[-1]))
    for subjects, accusers in _CO[:1] for obj in ("it", "the conglomerate")
    for denial in ('"categorically rejects" the allegations', "rejected the charges")
] + [
    Probe("a charge one rejects answers each co-accuser", f"{subjects} have long accused Rwanda of supporting the M23 "
          "with troops and weapons, a charge Kigali rejects.", ("Rwanda", "DENIES", accusers[-1]))
    for subjects, accusers in _CO[1:]
] + [
    Probe("a separate accuser is not answered", "Kenya accused Somalia of sheltering militants on Monday. Uganda "
          "said on Tuesday it was concerned. Somalia denied the charge.", ("Somalia", "DENIES", "Kenya"),
          forbidden=(("Somalia", "DENIES", "Uganda"),))
]
