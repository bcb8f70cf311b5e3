"""Relation vocabulary, a second and wider wave (see probes_vocabulary.py for the parties and the method): more
wire-copy wordings of each type, and counter-examples — wordings that look like a relation's and are not ("received
Peru's request" is no meeting, "ended up imposing sanctions" no easing, "declined to comment on X's proposal" no
rejection). All names are invented.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe
from benchmarks.probes_vocabulary import phrase_probes

_MORE: dict[str, tuple[tuple[str, str], ...]] = {
    "SANCTIONS": (
        ("extended sanctions on {o}", "C"), ("renewed sanctions against {o}", "C"), ("slapped an arms embargo on {o}", "C"),
        ("banned {o} from entering the country", "P"), ("barred {o} from travelling to Chile", "P"),
        ("imposed visa bans on {o}", "P"), ("imposed visa restrictions on {o}", "P"), ("blocked the assets of {o}", "GP"),
        ("sanctioned {o} over the attack", "CG"), ("announced an asset freeze against {o}", "GP"),
        ("placed {o} under an asset freeze", "GP"), ("imposed financial sanctions on {o}", "CG"),
    ),
    "EASES_SANCTIONS": (
        ("waived sanctions on {o}", "C"), ("lifted its embargo on {o}", "C"), ("partially lifted sanctions on {o}", "C"),
        ("suspended the asset freeze on {o}", "GP"), ("exempted {o} from sanctions", "CG"),
        ("lifted the asset freeze on {o}", "GP"), ("lifted restrictions on {o}", "C"),
    ),
    "DESIGNATES": (
        ("listed {o} as a foreign terrorist organization", "G"), ("declared {o} a terrorist entity", "G"),
        ("added {o} to its terror list", "G"), ("formally proscribed {o}", "G"),
        ("classed {o} as a terrorist group", "G"), ("designated {o} as a drug trafficking organisation", "G"),
        ("designated {o} a specially designated global terrorist", "GP"), ("listed {o} as a terrorist", "P"),
    ),
    "ACCUSES": (
        ("accused {o} of war crimes", "CG"), ("blamed {o} for the blast", "CG"), ("pinned the blame on {o}", "CG"),
        ("condemned {o} for the attack", "CG"), ("lambasted {o}", "CP"), ("took aim at {o}", "CP"),
        ("tore into {o}", "CP"), ("hit out at {o} over the attack", "CG"), ("laid the blame on {o}", "CG"),
        ("said {o} bore responsibility for the attack", "CG"), ("held {o} accountable for the attack", "CG"),
        ("said {o} had orchestrated the attack", "CG"), ("accused {o} of being behind the attack", "CG"),
        ("rounded on {o}", "CP"), ("criticised {o} over its handling of the crisis", "CG"),
    ),
    "DENIES": (
        ("denied {o}'s accusation", "CG"), ("refuted allegations by {o}", "CG"), ("rebutted {o}'s claims", "CG"),
        ("pushed back against {o}'s claims", "CG"), ("disputed {o}'s account", "CG"),
        ("rejected as false claims by {o} that it had shelled border villages", "CG"),
        ("dismissed as baseless accusations by {o}", "CG"), ("denied charges by {o}", "CG"),
    ),
    "REJECTS": (
        ("rejected {o}'s offer", "CG"), ("turned down an invitation from {o}", "CG"), ("rejected {o}'s ultimatum", "CG"),
        ("dismissed {o}'s proposal", "CG"), ("refused {o}'s demand", "CG"), ("ruled out {o}'s proposal", "CG"),
        ("rejected a request from {o}", "CG"), ("declined {o}'s invitation", "CG"), ("declined an offer from {o}", "CG"),
        ("brushed aside {o}'s demands", "CG"), ("snubbed {o}", "CP"), ("rebuffed {o}", "CP"),
    ),
    "DEMANDS": (
        ("urged {o} not to escalate", "CG"), ("demanded that {o} release the hostages", "G"),
        ("called on {o} to halt the offensive", "CG"), ("insisted {o} withdraw its troops", "CG"),
        ("asked {o} to extradite the suspects", "C"), ("requested {o} to hand over the suspects", "C"),
        ("pressed {o} for the release of the hostages", "CG"), ("demanded {o} hand over the suspects", "CG"),
        ("renewed its call for {o} to withdraw", "CG"), ("urged {o} to return to talks", "CG"),
        ("demanded an explanation from {o}", "CG"), ("sought assurances from {o}", "CG"),
    ),
    "THREATENS": (
        ("threatened to cut aid to {o}", "C"), ("threatened {o}", "CGP"), ("warned {o} against escalation", "CG"),
        ("warned {o} it would face consequences", "CG"), ("vowed to hit back at {o}", "CG"),
        ("threatened to sever ties with {o}", "C"), ("warned of retaliation against {o}", "CG"),
        ("threatened reprisals against {o}", "CG"), ("threatened to expel {o}'s diplomats", "C"),
        ("threatened to use force against {o}", "CG"),
    ),
    "ATTACKS": (
        ("launched airstrikes on {o}", "CG"), ("carried out a drone strike on {o}", "CG"), ("fired on {o}", "G"),
        ("dropped bombs on {o}", "CG"), ("launched a missile attack on {o}", "CG"),
        ("launched an incursion into {o}", "C"), ("launched a cross-border raid into {o}", "C"),
        ("conducted a raid against {o}", "G"), ("attacked {o}'s forces", "CG"), ("bombed {o}'s positions", "CG"),
        ("opened fire on {o}'s troops", "C"), ("shelled {o}'s positions", "CG"), ("struck {o}'s bases", "CG"),
        ("carried out an attack on {o}", "CG"), ("hit {o} with a barrage of rockets", "CG"),
        ("launched a ground offensive against {o}", "CG"), ("stormed {o}'s headquarters", "G"),
    ),
    "COERCES": (
        ("closed its airspace to {o}", "C"), ("imposed a blockade on {o}", "C"), ("dissolved {o}", "G"),
        ("raided the offices of {o}", "G"), ("stripped {o} of his citizenship", "P"), ("took {o} hostage", "P"),
        ("placed {o} in detention", "P"), ("rounded up {o}", "P"), ("handcuffed {o}", "P"),
        ("forcibly deported {o}", "P"), ("exiled {o}", "P"),
    ),
    "NEGOTIATES_WITH": (
        ("was negotiating with {o}", "CG"), ("is holding talks with {o}", "CG"), ("launched negotiations with {o}", "CG"),
        ("held closed-door talks with {o}", "CG"), ("pursued talks with {o}", "CG"),
        ("opened back-channel talks with {o}", "CG"), ("held direct talks with {o}", "CG"),
        ("held secret talks with {o}", "CG"), ("kicked off talks with {o}", "CG"), ("began a dialogue with {o}", "CG"),
        ("started peace talks with {o}", "CG"), ("has been negotiating with {o}", "CG"),
        ("held a new round of negotiations with {o}", "CG"), ("agreed to hold talks with {o}", "CG"),
    ),
    "MEETS_WITH": (
        ("met {o} in Lima", "P"), ("had a call with {o}", "P"), ("spoke with {o} on the phone", "P"),
        ("phoned {o} on Monday", "P"), ("met privately with {o}", "P"), ("travelled to {o}", "C"), ("flew to {o}", "C"),
        ("paid a state visit to {o}", "C"), ("made a state visit to {o}", "C"), ("greeted {o}", "P"),
        ("held a summit with {o}", "CP"), ("hosted a delegation from {o}", "C"), ("held a video call with {o}", "P"),
        ("met face to face with {o}", "P"), ("paid a courtesy call on {o}", "P"),
    ),
    "AGREES_WITH": (
        ("signed a trade deal with {o}", "CG"), ("agreed to a truce with {o}", "CG"), ("sealed an agreement with {o}", "CG"),
        ("reached an understanding with {o}", "CG"), ("concluded an agreement with {o}", "CG"),
        ("signed a pact with {o}", "CG"), ("agreed a deal with {o}", "CG"), ("finalised a deal with {o}", "CG"),
        ("reached a settlement with {o}", "CG"), ("reached a compromise with {o}", "CG"),
        ("struck a ceasefire deal with {o}", "CG"), ("signed a contract with {o}", "G"), ("agreed terms with {o}", "CG"),
        ("signed a defence pact with {o}", "C"), ("signed an accord with {o}", "CG"),
    ),
    "OFFERS": (
        ("offered to negotiate with {o}", "CG"), ("proposed talks to {o}", "CG"), ("offered {o} incentives", "CG"),
        ("offered {o} asylum", "P"), ("offered {o} a pardon", "P"), ("made {o} an offer", "CG"),
        ("presented a proposal to {o}", "CG"), ("submitted a proposal to {o}", "CG"), ("put an offer to {o}", "CG"),
        ("offered {o} a power-sharing deal", "G"),
    ),
    "SUPPORTS": (
        ("backed {o}'s bid", "CG"), ("endorsed {o}'s candidacy", "P"), ("supported {o}", "CGP"),
        ("voiced solidarity with {o}", "CG"), ("pledged its backing to {o}", "CG"), ("stood firmly behind {o}", "CP"),
        ("stood with {o}", "CP"), ("lined up behind {o}", "CP"), ("expressed its backing for {o}", "CG"),
        ("congratulated {o}", "CP"), ("offered its full support to {o}", "CG"), ("threw its full weight behind {o}", "CG"),
    ),
    "AIDS": (
        ("sent military aid to {o}", "CG"), ("provided {o} with arms", "CG"), ("supplied weapons to {o}", "CG"),
        ("delivered aid to {o}", "C"), ("gave {o} weapons", "CG"), ("smuggled weapons to {o}", "G"),
        ("channelled funds to {o}", "G"), ("transferred money to {o}", "G"), ("disbursed a loan to {o}", "C"),
        ("approved a loan for {o}", "C"), ("supplied {o} with fuel", "C"), ("sent fuel shipments to {o}", "C"),
        ("provided {o} with financial support", "CG"), ("trained and armed {o}", "G"), ("sent arms to {o}", "CG"),
    ),
    "COOPERATES_WITH": (
        ("worked closely with {o}", "CG"), ("held joint naval exercises with {o}", "C"),
        ("conducted joint military exercises with {o}", "C"), ("is cooperating with {o}", "CG"),
        ("stepped up security cooperation with {o}", "C"), ("formed an alliance with {o}", "CG"),
        ("entered into a partnership with {o}", "CG"), ("joined hands with {o}", "CG"),
        ("pooled resources with {o}", "CG"), ("signed up to cooperate with {o}", "C"),
    ),
    "INVESTIGATES": (
        ("indicted {o} on corruption charges", "P"), ("charged {o} with treason", "P"), ("opened a case against {o}", "GP"),
        ("prosecuted {o} for fraud", "P"), ("launched legal proceedings against {o}", "GP"),
        ("is investigating {o} over the attack", "GP"), ("interrogated {o}", "P"), ("placed {o} under investigation", "GP"),
        ("opened a criminal probe into {o}", "GP"), ("tried {o} in absentia", "P"), ("convicted {o} of treason", "P"),
        ("sentenced {o} to death", "P"), ("brought {o} to trial", "P"),
    ),
    "PROTESTS": (
        ("lodged a complaint with {o}", "C"), ("summoned {o}'s envoy", "C"), ("handed a protest note to {o}", "C"),
        ("issued a formal protest to {o}", "C"), ("summoned the Peruvian ambassador", "-"),
        ("called in {o}'s ambassador", "C"), ("summoned {o}'s charge d'affaires", "C"),
    ),
}

# wordings that look like a relation's and are not: (sentence, the relation it does state, a relation it must not give)
_COUNTER = (
    ("Chile sanctioned Bolivia, and Peru backed down in its dispute with Chile.", ("Chile", "SANCTIONS", "Bolivia"),
     ("Peru", "SUPPORTS", "Chile")),
    ("Chile sanctioned Bolivia after Peru backed off in its row with Chile.", ("Chile", "SANCTIONS", "Bolivia"),
     ("Peru", "SUPPORTS", "Chile")),
    ("Chile sanctioned Bolivia and received Peru's request on Monday.", ("Chile", "SANCTIONS", "Bolivia"),
     ("Chile", "MEETS_WITH", "Peru")),
    ("Chile sanctioned Bolivia and received Peru's backing.", ("Chile", "SANCTIONS", "Bolivia"),
     ("Chile", "MEETS_WITH", "Peru")),
    ("Chile ended up imposing sanctions on Peru.", ("Chile", "SANCTIONS", "Peru"), ("Chile", "EASES_SANCTIONS", "Peru")),
    ("Chile sanctioned Peru, pushing Bolivia into recession.", ("Chile", "SANCTIONS", "Peru"),
     ("Chile", "DEMANDS", "Bolivia")),
    ("Chile met Peru and declined to comment on Bolivia's proposal.", ("Chile", "MEETS_WITH", "Peru"),
     ("Chile", "REJECTS", "Bolivia")),
    ("Chile formally cut relations with Peru.", ("Chile", "COERCES", "Peru"), ("Chile", "COOPERATES_WITH", "Peru")),
    ("Chile met Peru and told the Northern Liberation Front to expect more raids.", ("Chile", "MEETS_WITH", "Peru"),
     ("Chile", "DEMANDS", "Northern Liberation Front")),
    ("Chile met Peru and told reporters the army was ready to respond.", ("Chile", "MEETS_WITH", "Peru"),
     ("Chile", "DEMANDS", "Peru")),
    ("Chile met Peru after the exchange delisted the Northern Liberation Front from its index.",
     ("Chile", "MEETS_WITH", "Peru"), ("Chile", "EASES_SANCTIONS", "Northern Liberation Front")),
    ("Chile struck Peru with missiles.", ("Chile", "ATTACKS", "Peru"), ("Chile", "AGREES_WITH", "Peru")),
    ("Chile sanctioned Bolivia but gave Peru's request for military aid short shrift.", ("Chile", "SANCTIONS", "Bolivia"),
     ("Chile", "AIDS", "Peru")),
)


# help the subject received: the giver (after "from") gives, whatever the receiving verb and the help
_RECEIVED = [(verb, help_, rel) for verb in ("received", "has received", "accepted", "secured", "obtained", "got")
             for help_, rel in (("aid", "AIDS"), ("military aid", "AIDS"), ("$5 million in assistance", "AIDS"),
                                ("new loans", "AIDS"), ("support", "SUPPORTS"))]


def _received() -> list[Probe]:
    return [Probe("vocabulary: help received", f"Chile {verb} {help_} from {giver} on Monday.", (name, rel, "Chile"),
                  forbidden=(("Chile", rel, name),))
            for verb, help_, rel in _RECEIVED for giver, name in (("Peru", "Peru"), ("the Tana Front", "Tana Front"))]


PROBES = phrase_probes(_MORE) + [Probe("vocabulary: counter-examples", text, rel, (bad,)) for text, rel, bad in _COUNTER] \
    + _received()
