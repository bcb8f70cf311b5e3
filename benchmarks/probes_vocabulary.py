"""Relation vocabulary: for each relation type, the common ways wire copy says it ("imposed sanctions on", "slapped
sanctions on", "hit X with sanctions", "froze the assets of", "added X to its sanctions list" ...), with simple
recognised parties — a country ("Chile", "Peru"), a titled invented person ("Chilean Foreign Minister Ana Duarte",
"opposition leader Tomas Reyes") and an organisation named by its cue word ("the Northern Liberation Front").
The parties stay fixed, so a failure is the wording's fault. Each phrase is an active clause with the source as
subject; the families are named after the type. Conventions follow the annotated sets ("banned the group" is a
designation, "added X to its sanctions list" a sanction); wordings with two readings ("offered aid to X", "had talks
with X", "claimed that X had ...") are left out; a lawsuit is a party's complaint (PROTESTS, round 26). All names are invented.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

# kind -> (as written, actor name)
_SUBJECTS = {"C": ("Chile", "Chile"), "P": ("Chilean Foreign Minister Ana Duarte", "Ana Duarte")}
_OBJECTS = {
    "C": ("Peru", "Peru"),
    "G": ("the Northern Liberation Front", "Northern Liberation Front"),
    "P": ("opposition leader Tomas Reyes", "Tomas Reyes"),
}

# TYPE -> (phrase with {o}, object kinds); the subject is Chile and, unless the type is structural, Ana Duarte too
_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "SANCTIONS": (
        ("imposed sanctions on {o} on Monday", "CG"), ("slapped sanctions on {o}", "CG"),
        ("hit {o} with sanctions on Monday", "CG"), ("hit {o} with fresh sanctions", "CG"),
        ("blacklisted {o}", "GP"), ("froze the assets of {o}", "GP"), ("imposed an asset freeze on {o}", "GP"),
        ("added {o} to its sanctions list", "GP"), ("targeted {o} with sanctions", "CG"),
        ("imposed a travel ban on {o}", "P"), ("announced new sanctions against {o}", "CG"),
        ("placed sanctions on {o}", "CG"), ("levied sanctions on {o}", "C"), ("imposed an arms embargo on {o}", "C"),
        ("tightened sanctions on {o}", "C"), ("expanded its sanctions on {o}", "C"),
        ("unveiled sanctions against {o}", "CG"), ("put {o} under sanctions", "GP"),
        ("placed {o} under sanctions", "GP"), ("put {o} on its sanctions list", "GP"),
        ("placed {o} on a blacklist", "G"), ("sanctioned {o}", "CGP"), ("imposed fresh sanctions on {o}", "C"),
        ("targeted {o} in a new round of sanctions", "GP"), ("hit {o} with an asset freeze", "GP"),
        ("froze {o}'s assets", "GP"), ("imposed a trade embargo on {o}", "C"),
    ),
    "EASES_SANCTIONS": (
        ("lifted sanctions on {o}", "CG"), ("eased sanctions on {o}", "C"), ("suspended sanctions on {o}", "C"),
        ("removed {o} from its sanctions list", "GP"), ("unfroze the assets of {o}", "GP"),
        ("delisted {o}", "GP"), ("rolled back sanctions on {o}", "C"), ("scrapped sanctions on {o}", "C"),
        ("relaxed sanctions against {o}", "C"), ("lifted the travel ban on {o}", "P"),
        ("ended sanctions on {o}", "C"), ("lifted the arms embargo on {o}", "C"),
        ("took {o} off its sanctions list", "GP"), ("granted {o} sanctions relief", "C"),
    ),
    "DESIGNATES": (
        ("designated {o} a terrorist organisation", "G"), ("designated {o} as a foreign terrorist organisation", "G"),
        ("listed {o} as a terrorist group", "G"), ("labelled {o} a terrorist group", "G"),
        ("proscribed {o}", "G"), ("declared {o} a terrorist organisation", "G"),
        ("branded {o} a terrorist organisation", "G"), ("added {o} to its list of terrorist organisations", "G"),
        ("classified {o} as a terrorist group", "G"), ("put {o} on its terrorism list", "G"),
        ("named {o} a terrorist organisation", "G"), ("designated {o} a terrorist group", "G"),
        ("added {o} to its terrorism blacklist", "G"), ("formally designated {o} a terrorist entity", "G"),
        ("labeled {o} a terrorist organization", "G"), ("placed {o} on its list of terrorist groups", "G"),
        ("banned {o}", "G"), ("outlawed {o}", "G"),
    ),
    "ACCUSES": (
        ("accused {o} of shelling border villages", "CGP"), ("blamed {o} for the attack", "CGP"),
        ("held {o} responsible for the attack", "CG"), ("charged that {o} had shelled border villages", "CG"),
        ("alleged that {o} had shelled border villages", "CG"), ("said {o} was behind the attack", "CG"),
        ("condemned {o}", "CG"), ("criticised {o}", "CGP"), ("denounced {o} over the attack", "CG"),
        ("lashed out at {o}", "CGP"), ("slammed {o}", "CGP"), ("blamed the attack on {o}", "CG"),
        ("pointed the finger at {o}", "CG"), ("faulted {o} for the attack", "CG"), ("hit out at {o}", "CGP"),
        ("rebuked {o}", "CP"),
        ("said {o} was responsible for the attack", "CG"), ("accused {o} of violating the ceasefire", "CG"),
        ("blasted {o}", "CP"), ("criticized {o}", "CP"), ("censured {o}", "CP"),
        ("said {o} had carried out the attack", "CG"), ("alleged that {o} was arming rebels", "C"),
    ),
    "DENIES": (
        ("denied {o}'s claims", "CG"), ("denied claims by {o} that it had shelled border villages", "CG"),
        ("rejected {o}'s accusations", "CG"), ("dismissed {o}'s allegations", "CG"), ("refuted {o}'s claims", "CG"),
        ("denied allegations from {o}", "CG"), ("rejected accusations by {o}", "CG"),
        ("denied accusations from {o} that it had shelled border villages", "CG"),
        ("dismissed claims by {o} as baseless", "CG"), ("denied {o}'s allegation", "CG"),
        ("rejected allegations made by {o}", "CG"),
    ),
    "REJECTS": (
        ("rejected {o}'s proposal", "CG"), ("rejected a proposal by {o}", "CG"), ("turned down {o}'s offer", "CG"),
        ("rebuffed {o}'s demands", "CG"), ("spurned an offer from {o}", "CG"), ("refused {o}'s request", "CG"),
        ("dismissed {o}'s peace plan", "CG"), ("vetoed {o}'s proposal", "C"), ("rejected an offer from {o}", "CG"),
        ("rejected {o}'s demand for a referendum", "CG"), ("rejected calls from {o} to withdraw", "CG"),
        ("rebuffed an offer of talks from {o}", "CG"),
    ),
    "DEMANDS": (
        ("urged {o} to withdraw its troops", "CG"), ("pressed {o} to withdraw its troops", "CG"),
        ("called on {o} to withdraw its troops", "CG"), ("demanded that {o} withdraw its troops", "CG"),
        ("asked {o} to withdraw its troops", "CG"), ("appealed to {o} to withdraw its troops", "CG"),
        ("called upon {o} to withdraw its troops", "CG"), ("pressured {o} to withdraw its troops", "CG"),
        ("pushed {o} to withdraw its troops", "CG"), ("insisted that {o} withdraw its troops", "CG"),
        ("issued an ultimatum to {o}", "CG"), ("gave {o} 48 hours to withdraw its troops", "CG"),
        ("ordered {o} to withdraw its troops", "G"), ("demanded {o} withdraw its troops", "CG"),
        ("told {o} to withdraw its troops", "CG"), ("requested that {o} hand over the suspects", "CG"),
        ("demanded an apology from {o}", "CG"), ("called for {o} to withdraw its troops", "CG"),
        ("urged {o} to release the hostages", "G"), ("implored {o} to halt the offensive", "CG"),
    ),
    "THREATENS": (
        ("threatened {o} with sanctions", "CG"), ("warned {o} of consequences", "CG"),
        ("warned {o} of serious consequences", "CG"), ("vowed to retaliate against {o}", "CG"),
        ("threatened to strike {o}", "CG"), ("threatened to retaliate against {o}", "CG"),
        ("warned {o} against crossing the border", "CG"), ("vowed revenge against {o}", "CG"),
        ("issued a warning to {o}", "CG"), ("threatened military action against {o}", "CG"),
        ("threatened {o} with military action", "CG"), ("vowed to punish {o}", "CG"),
        ("warned {o} that it would respond", "CG"), ("threatened to impose sanctions on {o}", "C"),
        ("issued a stark warning to {o}", "CG"), ("warned {o} not to cross the border", "CG"),
        ("vowed to crush {o}", "G"), ("threatened to attack {o}", "CG"),
    ),
    "ATTACKS": (
        ("struck {o}", "CG"), ("shelled {o}", "CG"), ("bombed {o}", "CG"), ("launched drones at {o}", "CG"),
        ("fired missiles at {o}", "CG"), ("carried out strikes on {o}", "CG"), ("raided {o}", "G"),
        ("launched an attack on {o}", "CG"), ("launched airstrikes against {o}", "CG"), ("attacked {o}", "CG"),
        ("hit {o} with missiles", "CG"), ("targeted {o} with drones", "CG"), ("fired rockets into {o}", "C"),
        ("launched a missile strike on {o}", "CG"), ("conducted airstrikes on {o}", "CG"),
        ("launched an offensive against {o}", "CG"), ("opened fire on {o}", "G"), ("ambushed {o}", "G"),
        ("invaded {o}", "C"), ("carried out a drone attack on {o}", "CG"), ("launched a wave of drones at {o}", "CG"),
        ("bombarded {o}", "CG"), ("mounted an attack on {o}", "CG"), ("staged a raid on {o}", "G"),
        ("launched rockets at {o}", "CG"), ("fired artillery at {o}", "CG"), ("pounded {o}", "CG"),
        ("carried out airstrikes against {o}", "CG"), ("launched a ground assault on {o}", "G"),
        ("targeted {o} in a drone strike", "G"), ("stepped up attacks on {o}", "CG"),
        ("mounted a raid on {o}", "G"), ("launched a counteroffensive against {o}", "G"),
    ),
    "COERCES": (
        ("detained {o}", "P"), ("arrested {o}", "P"), ("expelled {o}", "P"), ("jailed {o}", "P"),
        ("deported {o}", "P"), ("took {o} into custody", "P"), ("kidnapped {o}", "P"), ("abducted {o}", "P"),
        ("imprisoned {o}", "P"), ("placed {o} under house arrest", "P"), ("put {o} under house arrest", "P"),
        ("locked up {o}", "P"), ("seized the assets of {o}", "G"),
        ("held {o} without charge", "P"), ("rounded up supporters of {o}", "G"), ("captured {o}", "P"),
        ("extradited {o}", "P"), ("detained {o} at the airport", "P"), ("closed its border with {o}", "C"),
        ("blockaded {o}", "C"), ("expelled {o}'s ambassador", "C"), ("shut its airspace to {o}", "C"),
        ("cut diplomatic ties with {o}", "C"), ("severed diplomatic relations with {o}", "C"),
        ("broke off diplomatic relations with {o}", "C"), ("seized a tanker belonging to {o}", "G"),
    ),
    "NEGOTIATES_WITH": (
        ("held talks with {o}", "CG"), ("is in talks with {o}", "CG"), ("resumed negotiations with {o}", "CG"),
        ("opened a dialogue with {o}", "CG"), ("entered talks with {o}", "CG"), ("began negotiations with {o}", "CG"),
        ("negotiated with {o}", "CG"), ("opened talks with {o}", "CG"), ("launched talks with {o}", "CG"),
        ("is negotiating with {o}", "CG"), ("held peace talks with {o}", "CG"), ("engaged in talks with {o}", "CG"),
        ("restarted talks with {o}", "CG"), ("held a round of talks with {o}", "CG"),
        ("held indirect talks with {o}", "CG"), ("conducted talks with {o}", "CG"),
        ("entered into negotiations with {o}", "CG"), ("was in negotiations with {o}", "CG"),
        ("held a second round of talks with {o}", "CG"), ("reopened talks with {o}", "CG"),
        ("returned to talks with {o}", "CG"), ("held exploratory talks with {o}", "CG"),
        ("opened negotiations with {o}", "CG"), ("sat down for talks with {o}", "CG"),
    ),
    "MEETS_WITH": (
        ("met {o}", "CP"), ("met with {o}", "CP"), ("hosted {o}", "P"), ("received {o}", "P"),
        ("held a call with {o}", "P"), ("spoke by phone with {o}", "P"), ("held a phone call with {o}", "P"),
        ("had a phone call with {o}", "P"), ("spoke with {o}", "P"), ("talked with {o}", "P"), ("visited {o}", "C"),
        ("held a meeting with {o}", "P"), ("held a video call with {o}", "P"), ("hosted {o} in Santiago", "P"),
        ("received {o} in Santiago", "P"), ("met {o} on the sidelines of the summit", "P"), ("phoned {o}", "P"),
        ("spoke to {o} by telephone", "P"), ("held a bilateral meeting with {o}", "P"),
        ("paid a visit to {o}", "C"), ("had a meeting with {o}", "P"), ("held a telephone conversation with {o}", "P"),
        ("welcomed {o} to Santiago", "P"),
        ("held a videoconference with {o}", "P"), ("conferred with {o}", "P"), ("called {o}", "P"),
    ),
    "AGREES_WITH": (
        ("signed a deal with {o}", "CG"), ("signed an agreement with {o}", "CG"),
        ("reached an agreement with {o}", "CG"), ("struck a deal with {o}", "CG"), ("agreed a ceasefire with {o}", "CG"),
        ("sealed a deal with {o}", "CG"), ("inked a deal with {o}", "CG"), ("clinched a deal with {o}", "CG"),
        ("concluded a treaty with {o}", "C"), ("signed a memorandum of understanding with {o}", "CG"),
        ("reached a truce with {o}", "CG"), ("agreed on a prisoner swap with {o}", "CG"),
        ("signed a peace accord with {o}", "CG"), ("struck an agreement with {o}", "CG"),
        ("hammered out a deal with {o}", "CG"), ("entered into an agreement with {o}", "CG"),
        ("secured a deal with {o}", "CG"), ("agreed to a ceasefire with {o}", "CG"),
        ("signed a ceasefire with {o}", "CG"), ("agreed a prisoner exchange with {o}", "CG"),
        ("reached a deal with {o}", "CG"),
    ),
    "OFFERS": (
        ("offered {o} a ceasefire", "CG"), ("made an offer to {o}", "CG"),
        ("offered {o} safe passage", "G"), ("proposed a truce to {o}", "CG"), ("offered {o} talks", "CG"),
        ("extended an offer of talks to {o}", "CG"), ("put forward a proposal to {o}", "CG"),
        ("offered {o} an amnesty", "G"), ("held out an olive branch to {o}", "CG"),
        ("offered {o} a prisoner swap", "CG"), ("offered to help {o}", "C"), ("offered {o} a deal", "CG"),
        ("tabled a proposal to {o}", "CG"),
    ),
    "SUPPORTS": (
        ("backed {o}", "CGP"), ("endorsed {o}", "GP"), ("threw its support behind {o}", "CG"),
        ("voiced support for {o}", "CGP"), ("expressed support for {o}", "CGP"),
        ("came out in support of {o}", "CGP"), ("stood by {o}", "CP"), ("sided with {o}", "CG"), ("praised {o}", "CGP"),
        ("rallied behind {o}", "CP"), ("pledged support for {o}", "CG"), ("reaffirmed its support for {o}", "CG"),
        ("expressed solidarity with {o}", "CG"), ("declared its support for {o}", "CG"),
        ("lent its support to {o}", "CG"), ("threw its weight behind {o}", "CG"),
        ("gave its backing to {o}", "CG"), ("lent support to {o}", "CG"), ("signalled support for {o}", "CG"),
        ("voiced its backing for {o}", "CG"), ("came to the defence of {o}", "CP"), ("defended {o}", "CP"),
        ("welcomed {o}'s decision", "C"), ("applauded {o}", "CP"), ("hailed {o}", "CP"),
        ("reiterated its support for {o}", "CG"), ("offered its support to {o}", "CG"),
        ("affirmed its support for {o}", "CG"), ("threw its backing behind {o}", "CG"),
    ),
    "AIDS": (
        ("supplied {o} with weapons", "CG"), ("sent aid to {o}", "C"), ("provided funding to {o}", "CG"),
        ("armed {o}", "G"), ("funded {o}", "G"), ("delivered weapons to {o}", "CG"), ("sent weapons to {o}", "CG"),
        ("gave {o} military aid", "C"), ("provided {o} with drones", "CG"), ("shipped arms to {o}", "CG"),
        ("financed {o}", "G"), ("sent humanitarian aid to {o}", "C"), ("provided military assistance to {o}", "CG"),
        ("extended a loan to {o}", "C"), ("granted {o} a loan", "C"), ("airlifted supplies to {o}", "C"),
        ("transferred weapons to {o}", "CG"), ("handed over weapons to {o}", "G"), ("gave weapons to {o}", "CG"),
        ("bankrolled {o}", "G"), ("equipped {o} with drones", "CG"), ("sent ammunition to {o}", "CG"),
        ("gave {o} $50 million in aid", "C"), ("provided {o} with intelligence", "CG"),
        ("delivered humanitarian aid to {o}", "C"), ("supplied arms to {o}", "CG"), ("sent troops to help {o}", "C"),
        ("donated $5 million to {o}", "C"), ("gave financial support to {o}", "CG"),
    ),
    "COOPERATES_WITH": (
        ("cooperated with {o}", "CG"), ("worked with {o} to secure the border", "CG"), ("teamed up with {o}", "CG"),
        ("partnered with {o}", "CG"), ("joined forces with {o}", "CG"), ("held joint exercises with {o}", "C"),
        ("conducted joint patrols with {o}", "C"), ("deepened ties with {o}", "C"),
        ("stepped up cooperation with {o}", "C"), ("boosted military cooperation with {o}", "C"),
        ("collaborated with {o}", "CG"), ("coordinated with {o}", "CG"), ("shared intelligence with {o}", "CG"),
        ("is working closely with {o}", "CG"), ("forged an alliance with {o}", "CG"), ("allied with {o}", "CG"),
        ("strengthened ties with {o}", "C"), ("held joint military drills with {o}", "C"),
        ("expanded defence cooperation with {o}", "C"), ("fought alongside {o}", "CG"),
        ("carried out joint operations with {o}", "CG"), ("launched a joint operation with {o}", "CG"),
    ),
    "INVESTIGATES": (
        ("investigated {o}", "GP"), ("launched an investigation into {o}", "GP"), ("opened an inquiry into {o}", "GP"),
        ("opened an investigation into {o}", "GP"), ("charged {o}", "P"), ("indicted {o}", "P"),
        ("prosecuted {o}", "P"), ("probed {o}", "GP"), ("is investigating {o}", "GP"), ("opened a probe into {o}", "GP"),
        ("brought charges against {o}", "P"), ("filed charges against {o}", "P"), ("questioned {o}", "P"),
        ("summoned {o} for questioning", "P"), ("put {o} on trial", "P"),
        ("launched a criminal case against {o}", "P"), ("issued an arrest warrant for {o}", "P"),
        ("began a probe into {o}", "GP"), ("convicted {o}", "P"), ("sentenced {o} to ten years in prison", "P"),
        ("launched a probe into {o}", "GP"), ("opened a criminal investigation into {o}", "GP"),
        ("pressed charges against {o}", "P"),
    ),
    "PROTESTS": (
        ("protested to {o}", "C"), ("lodged a protest with {o}", "C"), ("lodged a formal protest with {o}", "C"),
        ("delivered a protest note to {o}", "C"), ("sent a note of protest to {o}", "C"),
        ("lodged a complaint against {o}", "C"), ("recalled its ambassador from {o}", "C"),
        ("protested against {o}", "CG"), ("filed a formal complaint against {o}", "C"),
        ("lodged a diplomatic protest with {o}", "C"), ("sent a protest note to {o}", "C"),
        ("summoned {o}'s ambassador", "C"),
        # a party's case in court (round 26, as the dev gold reads "sued X", "said it would sue X")
        ("sued {o}", "CGP"), ("filed a lawsuit against {o}", "CGP"),
    ),
}

# structural: (sentence with {p} for the person and {o} for the body, TYPE, object kinds)
_STRUCTURE = (
    ("{p} leads {o}.", "LEADS", "G"), ("{p}, who heads {o}, spoke on Monday.", "LEADS", "G"),
    ("{p}, the leader of {o}, spoke on Monday.", "LEADS", "G"), ("{p}, head of {o}, spoke on Monday.", "LEADS", "G"),
    ("{p} was elected leader of {o} on Monday.", "LEADS", "G"), ("{p} chairs {o}.", "LEADS", "G"),
    ("{p} commands {o}.", "LEADS", "G"), ("{p}, chief of {o}, spoke on Monday.", "LEADS", "G"),
    ("{p} took over as leader of {o} on Monday.", "LEADS", "G"), ("{p}, the founder of {o}, spoke on Monday.",
                                                                  "LEADS", "G"),
    ("{p} heads {o}.", "LEADS", "G"), ("{p}, the commander of {o}, spoke on Monday.", "LEADS", "G"),
    ("{p} became the leader of {o} in 2019.", "LEADS", "G"), ("{p} has led {o} since 2019.", "LEADS", "G"),
    ("{p}, a spokesman for {o}, spoke on Monday.", "HOLDS_POSITION", "G"),
    ("{p}, a spokeswoman for {o}, spoke on Monday.", "HOLDS_POSITION", "G"),
    ("{p}, {o}'s foreign minister, spoke on Monday.", "HOLDS_POSITION", "C"),
    ("{p} was appointed foreign minister of {o} on Monday.", "HOLDS_POSITION", "C"),
    ("{p} serves as foreign minister of {o}.", "HOLDS_POSITION", "C"),
    ("{p}, the foreign minister of {o}, spoke on Monday.", "HOLDS_POSITION", "C"),
    ("{p}, a member of {o}, spoke on Monday.", "MEMBER_OF", "G"), ("{p} joined {o} in 2019.", "MEMBER_OF", "G"),
    ("{p} is a member of {o}.", "MEMBER_OF", "G"), ("{p}, a senior member of {o}, spoke on Monday.", "MEMBER_OF", "G"),
    ("{p} became a member of {o} in 2019.", "MEMBER_OF", "G"),
    ("{p}, who joined {o} in 2019, spoke on Monday.", "MEMBER_OF", "G"),
    ("{p}, a fighter with {o}, spoke on Monday.", "MEMBER_OF", "G"),
    ("{p}, a militant of {o}, spoke on Monday.", "MEMBER_OF", "G"),
)
_PERSON = ("Ana Duarte", "Ana Duarte")
# the types a wording of each type is mistaken for ("hit X with sanctions" an attack, "struck a deal" a strike,
#   "rejected X's accusations" a rejection, "paid a courtesy call on X" a demand): forbidden for the same pair
_CONFUSED = {
    "SANCTIONS": ("ATTACKS", "EASES_SANCTIONS"), "EASES_SANCTIONS": ("SANCTIONS",), "DESIGNATES": ("EASES_SANCTIONS",),
    "DENIES": ("REJECTS",), "AGREES_WITH": ("ATTACKS",), "MEETS_WITH": ("DEMANDS",), "INVESTIGATES": ("PROTESTS",),
    "COOPERATES_WITH": ("MEMBER_OF", "COERCES"), "REJECTS": ("MEETS_WITH",), "COERCES": ("COOPERATES_WITH",),
}



def phrase_probes(phrases: dict[str, tuple[tuple[str, str], ...]]) -> list[Probe]:
    """One probe per phrase, subject and object kind; the confusable types of the same pair are forbidden."""
    out: list[Probe] = []
    for typ, items in phrases.items():
        for phrase, kinds in items:
            for skind, (s, sn) in _SUBJECTS.items():
                for okind in kinds:
                    o, on = _OBJECTS[okind] if okind != "-" else ("", "Peru")  # the object is in the phrase
                    if (skind, okind) == ("P", "P"):  # the minister and the opposition leader: fine, but one is enough
                        continue
                    out.append(Probe(f"vocabulary: {typ}", f"{s} {phrase.format(o=o)}.", (sn, typ, on),
                                     tuple((sn, t, on) for t in _CONFUSED.get(typ, ()))))
    return out


def _structure_probes() -> list[Probe]:
    out: list[Probe] = []
    for text, typ, kinds in _STRUCTURE:
        for okind in kinds:
            o, on = _OBJECTS[okind]
            sent = text.format(p=_PERSON[0], o=o)
            out.append(Probe(f"vocabulary: {typ}", capitalised(sent), (_PERSON[1], typ, on)))
    return out


PROBES = phrase_probes(_PHRASES) + _structure_probes()
