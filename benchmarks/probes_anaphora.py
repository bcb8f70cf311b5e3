"""Anaphora across sentences: one or two sentences introduce the parties, and a later sentence states the relation
with a short form of one of them — a pronoun ("he", "her", "it", "them"), a role description of a person named
earlier ("the minister", "the 62-year-old"), a description of a body named earlier ("the group", "the bloc",
"the company"), or a country's stand-in ("the government", "the authorities", "Moscow", "the two countries").
The context names a second candidate of another kind (a person and a country, two people of different roles, a
person and an organisation), and the relation must go to the one meant, never to that other candidate. The
family "anaphora: baseline" writes the full name in the anaphor's place, so a failure elsewhere is the short
form's fault. All names are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.probe_grid import Probe, capitalised, possessive

P, A, B, U, C = "person", "armed or political group", "institution", "bloc", "country"


@dataclass(frozen=True)
class Referent:
    context: str  # the sentence(s) that introduce it, and a rival candidate
    name: str  # its actor name
    kind: str
    subj: str  # the short form as a subject ("he"); "{name}" writes the full name instead (baseline)
    obj: str  # ... as an object ("him")
    poss: str  # ... as a possessor ("his")
    rival: str  # the other candidate in the context, which the relation must not go to
    full: str  # the full name as the baseline writes it


def _r(context: str, name: str, kind: str, forms: tuple[str, str, str], rival: str, full: str = "") -> Referent:
    return Referent(context, name, kind, *forms, rival=rival, full=full or name)


_KENYA_MINISTER = "Kenyan Foreign Minister Alan Pryce arrived in Geneva on Sunday."
_ACHIENG = "Grace Achieng, the head of the Tana Valley Militia, returned to the capital on Sunday."
_TWO = "Opposition leader Tomas Reyes and Gen. Marco Silva, the army chief, traded barbs on Sunday."
REFERENTS = (
    # pronouns
    _r(_KENYA_MINISTER, "Alan Pryce", P, ("he", "him", "his"), "Kenya"),
    _r(_ACHIENG, "Grace Achieng", P, ("she", "her", "her"), "Tana Valley Militia"),
    _r("The Tana Valley Militia seized two villages near the Ugandan border on Sunday.", "Tana Valley Militia", A,
       ("it", "it", "its"), "Uganda", "the Tana Valley Militia"),
    _r("The Sahel Liberation Front seized the town of Kidal in Mali on Sunday. Its leader, Ibrahim Touré, vowed to "
       "fight on.", "Sahel Liberation Front", A, ("it", "it", "its"), "Mali", "the Sahel Liberation Front"),
    _r("Fighters of the Sahel Liberation Front seized the town of Kidal in Mali on Sunday.",
       "Sahel Liberation Front", A, ("they", "them", "their"), "Mali", "the Sahel Liberation Front"),
    # role descriptions of a person
    _r(_KENYA_MINISTER, "Alan Pryce", P, ("the minister", "the minister", "the minister's"), "Kenya"),
    _r("Former President Joseph Mwangi returned from exile to Kenya on Sunday.", "Joseph Mwangi", P,
       ("the former president", "the former president", "the former president's"), "Kenya"),
    _r(_TWO, "Tomas Reyes", P, ("the opposition leader", "the opposition leader", "the opposition leader's"),
       "Marco Silva"),
    _r(_TWO, "Marco Silva", P, ("the general", "the general", "the general's"), "Tomas Reyes"),
    _r("Tomas Reyes, 62, announced his bid for the presidency of Chile on Sunday.", "Tomas Reyes", P,
       ("the 62-year-old", "the 62-year-old", "the 62-year-old's"), "Chile"),
    _r("U.N. envoy Lars Holm arrived in Khartoum on Sunday for a week of meetings.", "Lars Holm", P,
       ("the envoy", "the envoy", "the envoy's"), "Sudan"),
    # descriptions of a body
    _r("The Sahel Liberation Front claimed an attack on an army post in Mali on Sunday.", "Sahel Liberation Front",
       A, ("the group", "the group", "the group's"), "Mali", "the Sahel Liberation Front"),
    _r("The Tana Valley Militia seized two villages near the Ugandan border on Sunday.", "Tana Valley Militia", A,
       ("the militia", "the militia", "the militia's"), "Uganda", "the Tana Valley Militia"),
    _r("The Sahel Liberation Front, a rebel group, seized the town of Kidal in Mali on Sunday.",
       "Sahel Liberation Front", A, ("the rebels", "the rebels", "the rebels'"), "Mali", "the Sahel Liberation Front"),
    _r("The National Renewal Party won the most seats in Kenya's election on Sunday.", "National Renewal Party", A,
       ("the party", "the party", "the party's"), "Kenya", "the National Renewal Party"),
    _r("Orlan Holdings won a mining licence in Kenya on Sunday.", "Orlan Holdings", B,
       ("the company", "the company", "the company's"), "Kenya"),
    _r("The Meridian Development Bank approved a loan to Kenya on Sunday.", "Meridian Development Bank", B,
       ("the bank", "the bank", "the bank's"), "Kenya", "the Meridian Development Bank"),
    _r("The International Atomic Energy Agency sent inspectors to Iran on Sunday.",
       "International Atomic Energy Agency", B, ("the agency", "the agency", "the agency's"), "Iran",
       "the International Atomic Energy Agency"),
    _r("Kenya's Ministry of Energy raised fuel prices on Sunday.", "Ministry of Energy", B,
       ("the ministry", "the ministry", "the ministry's"), "Uganda", "the Ministry of Energy"),
    _r("ECOWAS leaders gathered in Abuja on Sunday for a summit on Niger.", "ECOWAS", U,
       ("the bloc", "the bloc", "the bloc's"), "Niger"),
    _r("European Union foreign ministers met in Brussels on Sunday to discuss Serbia.", "European Union", U,
       ("the bloc", "the bloc", "the bloc's"), "Serbia", "the European Union"),
    _r("ASEAN foreign ministers met in Jakarta on Sunday to discuss Myanmar.", "ASEAN", U,
       ("the bloc", "the bloc", "the bloc's"), "Myanmar"),
    _r("NATO defence ministers met in Brussels on Sunday to discuss Russia.", "NATO", U,
       ("the alliance", "the alliance", "the alliance's"), "Russia"),
    # a country's stand-ins
    _r("Kenya deployed troops to the Somali border on Sunday.", "Kenya", C,
       ("the country", "the country", "the country's"), "Somalia"),
    _r("Kenya recalled its ambassador to Somalia on Sunday.", "Kenya", C,
       ("the government", "the government", "the government's"), "Somalia"),
    _r("Kenya recalled its ambassador to Somalia on Sunday.", "Kenya", C,
       ("the authorities", "the authorities", "the authorities'"), "Somalia"),
    _r("Russia massed troops near the Estonian border on Sunday.", "Russia", C, ("Moscow", "Moscow", "Moscow's"),
       "Estonia"),
    _r("Russia massed troops near the Estonian border on Sunday.", "Russia", C,
       ("the Kremlin", "the Kremlin", "the Kremlin's"), "Estonia"),
    _r("China sent coast guard ships near the Philippine coast on Sunday.", "China", C,
       ("Beijing", "Beijing", "Beijing's"), "Philippines"),
    _r("The United States moved two warships toward Iran on Sunday.", "United States", C,
       ("Washington", "Washington", "Washington's"), "Iran", "the United States"),
)

_ANY = (P, A, B, U, C)
# (template, relation type, subject kinds, object kinds); {o_poss} is the object's possessive
_VERBS = (
    ("{s} met {o} on Monday.", "MEETS_WITH", (P,), (P,)),
    ("{s} held talks with {o} on Monday.", "NEGOTIATES_WITH", _ANY, _ANY),
    ("{s} sanctioned {o} on Monday.", "SANCTIONS", (U, C), (P, A, B, C)),
    ("{s} accused {o} of fuelling the conflict.", "ACCUSES", _ANY, _ANY),
    ("{s} denied {o_poss} claims on Monday.", "DENIES", _ANY, _ANY),
    ("{s} threatened {o} on Monday.", "THREATENS", _ANY, _ANY),
    ("{s} arrested {o} on Monday.", "COERCES", (C,), (P,)),
    ("{s} called on {o} to end the violence.", "DEMANDS", _ANY, _ANY),
)
# the other party, which the later sentence names in full, by the kinds a verb takes
_OTHER = {P: ("Ruth Osei", "Ruth Osei"), C: ("Peru", "Peru")}


def _other(kinds: tuple[str, ...]) -> tuple[str, str]:
    return _OTHER[P] if kinds == (P,) else _OTHER[C]


def _probe(family: str, ref: Referent, tmpl: str, rel: str, s: str, o: str, o_poss: str,
           triple: tuple[str, str, str], rival: tuple[str, str, str]) -> Probe:
    text = f"{ref.context} {capitalised(tmpl.format(s=s, o=o, o_poss=o_poss))}"
    return Probe(family, text, triple, forbidden=(rival,))


def _grid() -> list[Probe]:
    out = []
    seen: set[str] = set()
    for ref in REFERENTS:
        for tmpl, rel, s_kinds, o_kinds in _VERBS:
            if ref.kind in s_kinds:
                w, other = _other(o_kinds)
                for family, form in (("anaphora: subject", ref.subj), ("anaphora: baseline", ref.full)):
                    p = _probe(family, ref, tmpl, rel, form, w, possessive(w), (ref.name, rel, other), (ref.rival, rel, other))
                    if p.text not in seen:
                        seen.add(p.text)
                        out.append(p)
            if ref.kind in o_kinds and not (rel == "DEMANDS" and ref.kind == B):
                w, other = _other(s_kinds)
                for family, form, poss in (("anaphora: object", ref.obj, ref.poss),
                                           ("anaphora: baseline", ref.full, possessive(ref.full))):
                    p = _probe(family, ref, tmpl, rel, w, form, poss, (other, rel, ref.name), (other, rel, ref.rival))
                    if p.text not in seen:
                        seen.add(p.text)
                        out.append(p)
    return out


def _pairs() -> list[Probe]:
    """ "the two countries" / "both sides" after two countries were named: both, for a symmetric relation."""
    out = []
    for ctx in ("Kenya and Somalia traded accusations over the border on Sunday.",
                "Kenya accused Somalia of harbouring militants on Sunday."):
        for pair in ("the two countries", "both sides", "the two neighbours", "the two governments"):
            for tail, rel in ((" held talks in Geneva on Monday.", "NEGOTIATES_WITH"),
                              (" signed a border deal on Monday.", "AGREES_WITH")):
                out.append(Probe("anaphora: pair", f"{ctx} {capitalised(pair)}{tail}", ("Kenya", rel, "Somalia")))
    return out


# both parties by short forms: (context, later sentence, expected)
_BOTH = (
    ("The Tana Valley Militia seized two villages in northern Kenya on Sunday.",
     "The group accused the government of abandoning the north.",
     ("Tana Valley Militia", "ACCUSES", "Kenya")),
    ("The Tana Valley Militia seized two villages in northern Kenya on Sunday.",
     "The government threatened the militia with a full offensive.",
     ("Kenya", "THREATENS", "Tana Valley Militia")),
    ("The Tana Valley Militia seized two villages in northern Kenya on Sunday.",
     "The authorities called on the rebels to lay down their arms.",
     ("Kenya", "DEMANDS", "Tana Valley Militia")),
    ("Kenyan Foreign Minister Alan Pryce and U.N. envoy Lars Holm arrived in Geneva on Sunday.",
     "The minister met the envoy on Monday.",
     ("Alan Pryce", "MEETS_WITH", "Lars Holm")),
    ("Kenyan Foreign Minister Alan Pryce and U.N. envoy Lars Holm arrived in Geneva on Sunday.",
     "The envoy held talks with the minister on Monday.",
     ("Lars Holm", "NEGOTIATES_WITH", "Alan Pryce")),
    ("The European Union opened an inquiry into Orlan Holdings on Sunday.",
     "The bloc sanctioned the company on Monday.",
     ("European Union", "SANCTIONS", "Orlan Holdings")),
    ("NATO defence ministers met in Brussels on Sunday as Russia massed troops on the Estonian border.",
     "The alliance called on Moscow to pull back its troops.",
     ("NATO", "DEMANDS", "Russia")),
    ("China blocked inspectors of the International Atomic Energy Agency on Sunday.",
     "Beijing accused the agency of bias.",
     ("China", "ACCUSES", "International Atomic Energy Agency")),
    ("The Sahel Liberation Front seized the town of Kidal in Mali on Sunday.",
     "It accused the country of bombing civilians.",
     ("Sahel Liberation Front", "ACCUSES", "Mali")),
    ("Opposition leader Tomas Reyes criticised the Chilean government on Sunday.",
     "The authorities arrested the opposition leader on Monday.",
     ("Chile", "COERCES", "Tomas Reyes")),
    ("Opposition leader Tomas Reyes criticised the Chilean government on Sunday.",
     "He accused the government of rigging the vote.",
     ("Tomas Reyes", "ACCUSES", "Chile")),
    ("Opposition leader Tomas Reyes criticised the Chilean government on Sunday.",
     "The government accused him of inciting unrest.",
     ("Chile", "ACCUSES", "Tomas Reyes")),
)
# the referent named two sentences back, a sentence naming an actor of another kind between
_FAR = (
    ("Kenyan Foreign Minister Alan Pryce arrived in Geneva on Sunday. The talks are hosted by Switzerland.",
     "The minister met Ruth Osei on Monday.", ("Alan Pryce", "MEETS_WITH", "Ruth Osei")),
    ("The Tana Valley Militia seized two villages on Sunday. Aid groups said hundreds of families had fled.",
     "Peru accused the militia of fuelling the conflict.", ("Peru", "ACCUSES", "Tana Valley Militia")),
    ("ECOWAS leaders gathered in Abuja on Sunday. The summit was chaired by Nigeria.",
     "The bloc threatened Niger with sanctions.", ("ECOWAS", "THREATENS", "Niger")),
    ("Tomas Reyes, 62, announced his bid for the presidency of Chile on Sunday. Polls show Ana Duarte ahead.",
     "Peru accused the 62-year-old of fuelling the conflict.", ("Peru", "ACCUSES", "Tomas Reyes")),
)


def _combined() -> list[Probe]:
    return [Probe("anaphora: both parties", f"{ctx} {later}", triple) for ctx, later, triple in _BOTH] + \
        [Probe("anaphora: two sentences back", f"{ctx} {later}", triple) for ctx, later, triple in _FAR]


PROBES = _grid() + _pairs() + _combined()
