"""Force verbs used figuratively. Wire copy says a state "attacked", "hit out at", "slammed" or "took aim at"
another's decision, remarks or policy: that is criticism (ACCUSES: "accuses, blames or criticises"), never
ATTACKS, which the ontology keeps for force ("strikes, raids, assaults"). "Hit back with sanctions on X" is a
SANCTIONS; "hit back with tariffs / export curbs" is no ATTACKS (whether it is a SANCTIONS is another family's
question, so those probes only forbid). "Torpedoed / shot down X's proposal" rejects it. The literal uses
("attacked X's positions", "struck X's forces", "fired missiles at X", "shot down X's drone") must stay ATTACKS:
they are the control grid."""

from __future__ import annotations

from benchmarks.probe_grid import Probe, possessive

# (how the subject is written, its actor name)
_SUBJECTS = (("Brazil", "Brazil"), ("Beijing", "China"), ("Brazilian President Rui Campos", "Rui Campos"),
             ("The European Union", "European Union"))
# (the possessor as written, its actor name)
_OWNERS = (("Argentina", "Argentina"), ("Japan", "Japan"), ("Argentine President Tomas Ferro", "Tomas Ferro"))
# criticism: a force verb, or a plain one as the control
_VERBS = ("attacked", "assailed", "struck at", "hit out at", "lashed out at", "took aim at", "fired back at",
          "hit back at", "struck back at", "blasted", "slammed", "savaged", "criticised")
# a stance, a word or a measure of the possessor
_STANCES = ("{p} decision to leave the bloc", "{p} plan to raise import duties", "{p} remarks on the border dispute",
            "{p} new migration policy", "{p} security law", "{p} proposal for a summit", "{p} comments",
            "{p} handling of the crisis", "{p} stance on the war", "{p} move")


def _stance(subject: tuple[str, str], verb: str, owner: tuple[str, str], stance: str) -> Probe:
    (said, s), (written, o) = subject, owner
    text = f"{said} {verb} {stance.format(p=possessive(written))} on Monday."
    return Probe("figurative: force verb on a stance", text, (s, "ACCUSES", o), forbidden=((s, "ATTACKS", o),))


# "X hit out at Y over its comments on Taiwan": the party blamed, with a reason naming a third
_REASONS = ("over its comments on Taiwan", "over its decision to leave the bloc", "for its remarks about Taiwan",
            "over its new tariffs", "over its leader's remarks on Taiwan", "over its treatment of migrants")
_PARTIES = (("Japan", "Japan"), ("Tokyo", "Japan"), ("Argentina", "Argentina"))


def _blamed(subject: tuple[str, str], verb: str, party: tuple[str, str], reason: str) -> Probe:
    (said, s), (written, o) = subject, party
    text = f"{said} {verb} {written} {reason}."
    return Probe("figurative: force verb at a party over its words", text, (s, "ACCUSES", o),
                 forbidden=((s, "ATTACKS", o), (s, "ATTACKS", "Taiwan"), (s, "ACCUSES", "Taiwan")))


# "launched a scathing attack on X's policy": the noun, qualified as words
_NOUNS = ("launched a scathing attack on", "launched a blistering attack on", "made a stinging attack on",
          "mounted a fierce verbal attack on", "unleashed a broadside against", "launched a verbal assault on",
          "launched an assault on")


def _noun(subject: tuple[str, str], noun: str, owner: tuple[str, str], stance: str) -> Probe:
    (said, s), (written, o) = subject, owner
    text = f"{said} {noun} {stance.format(p=possessive(written))} on Monday."
    return Probe("figurative: attack noun on a stance", text, (s, "ACCUSES", o), forbidden=((s, "ATTACKS", o),))


# "torpedoed X's proposal": a rejection
_KILLS = ("torpedoed", "shot down", "rejected")
_OFFERS = ("{p} proposal for a summit", "{p} plan for a ceasefire", "{p} offer of talks", "{p} bid to join the bloc")


def _killed(subject: tuple[str, str], verb: str, owner: tuple[str, str], offer: str) -> Probe:
    (said, s), (written, o) = subject, owner
    text = f"{said} {verb} {offer.format(p=possessive(written))} on Monday."
    return Probe("figurative: proposal torpedoed", text, (s, "REJECTS", o), forbidden=((s, "ATTACKS", o),))


# "hit back with sanctions on X": a measure, not force
_HIT_BACK = ("hit back with", "struck back with", "hit back on Monday with", "fired back with")
_SANCTIONS = ("sanctions on {o}", "new sanctions against {o}", "travel bans on {c} officials")
# measures whose relation is not this family's to say (a SANCTIONS or not): only ATTACKS is forbidden
_MEASURES = ("export curbs on {c} defence companies", "tariffs on {c} goods", "export controls on {o}",
             "countermeasures against {o}", "a ban on {c} imports", "curbs on {c} chip makers",
             "an asset freeze on {c} officials", "sanctions on {c} defence companies")
_ANCHOR = "Ecuador met Bolivia on Monday."
_TARGETS = (("U.S.", "the United States", "United States"), ("Japanese", "Japan", "Japan"))


def _measure(subject: tuple[str, str], verb: str, measure: str, target: tuple[str, str, str],
             sanction: bool) -> Probe:
    """A measure not named a sanction only forbids: its expected relation is an anchor sentence's."""
    (said, s), (adj, noun, o) = subject, target
    text = f"{said} {verb} {measure.format(c=adj, o=noun)}."
    if sanction:
        return Probe("figurative: hit back with sanctions", text, (s, "SANCTIONS", o), forbidden=((s, "ATTACKS", o),))
    return Probe("figurative: hit back with a measure", f"{text} {_ANCHOR}", ("Ecuador", "MEETS_WITH", "Bolivia"),
                 forbidden=((s, "ATTACKS", o),))


# the control: literal force stays ATTACKS
_LITERAL = ("attacked {p} positions near the border", "attacked {p} convoy", "attacked {p} air base",
            "attacked {p} embassy", "struck {p} forces", "struck at {p} forces near the border", "fired missiles at {o}",
            "shot down {p} drone", "hit {p} air base with missiles", "torpedoed {p} frigate", "shelled {p} positions",
            "launched an attack on {p} positions", "hit back at {p} forces with artillery", "struck back at {o} with drones")
_FIGHTERS = (("Russia", "Russia"), ("Moscow", "Russia"), ("Israel", "Israel"))
_VICTIMS = (("Ukraine", "Ukraine"), ("Iran", "Iran"))


def _literal(subject: tuple[str, str], act: str, victim: tuple[str, str]) -> Probe:
    (said, s), (written, o) = subject, victim
    text = f"{said} {act.format(p=possessive(written), o=written)} on Monday."
    return Probe("figurative: literal force (control)", text, (s, "ATTACKS", o))


# single shapes: adverbs and time before the verb, a demonym for the possessive, two parties blamed, a stance that
#   comes under fire (the passive: its holder is criticised), and literal force with a stance word nearby
_SHAPES = (
    ("Brazil on Monday sharply attacked Argentina's decision to leave the bloc.", ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"),)),
    ("Brazil attacked the Argentine decision to leave the bloc.", ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"),)),
    ("Brazil attacked the decision by Argentina to leave the bloc.", ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"),)),
    ("Brazil's foreign ministry attacked the Argentine government's decision to leave the bloc.",
     ("Brazil", "ACCUSES", "Argentina"), (("Brazil", "ATTACKS", "Argentina"),)),
    ("Brazil attacked what it called Argentina's reckless decision to leave the bloc.",
     ("Brazil", "ACCUSES", "Argentina"), (("Brazil", "ATTACKS", "Argentina"),)),
    ("Brazil attacked Argentina and Chile over their decision to leave the bloc.", ("Brazil", "ACCUSES", "Chile"),
     (("Brazil", "ATTACKS", "Argentina"), ("Brazil", "ATTACKS", "Chile"))),
    ("Brazil, which attacked Argentina's decision to leave the bloc, met Chile on Monday.",
     ("Brazil", "ACCUSES", "Argentina"), (("Brazil", "ATTACKS", "Argentina"),)),
    ("China hit back at Japan on Monday over remarks on Taiwan.", ("China", "ACCUSES", "Japan"),
     (("China", "ATTACKS", "Japan"), ("China", "ATTACKS", "Taiwan"))),
    ("Argentina's decision to leave the bloc came under fire from Brazil.", ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"), ("Argentina", "ATTACKS", "Brazil"))),
    ("Argentina came under attack from Brazil over its decision to leave the bloc.",
     ("Brazil", "ACCUSES", "Argentina"), (("Brazil", "ATTACKS", "Argentina"), ("Argentina", "ATTACKS", "Brazil"))),
    ("Russia attacked Ukraine despite the ceasefire deal.", ("Russia", "ATTACKS", "Ukraine"), ()),
    ("Russia attacked Ukraine despite Kyiv's offer of talks.", ("Russia", "ATTACKS", "Ukraine"), ()),
    ("Israel struck Iran over its nuclear programme.", ("Israel", "ATTACKS", "Iran"), ()),
    ("Russia hit at least 20 Ukrainian army positions on Monday.", ("Russia", "ATTACKS", "Ukraine"), ()),
    ("Brazil's attack on Argentina's trade policy drew criticism.", ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"),)),
    ("The European Union hit back at Washington's tariffs with duties on U.S. whiskey. " + _ANCHOR,
     ("Ecuador", "MEETS_WITH", "Bolivia"), (("European Union", "ATTACKS", "United States"),
                                           ("European Union", "ACCUSES", "United States"))),
    ("Brazil trained its guns on Argentina over its tariffs. " + _ANCHOR, ("Ecuador", "MEETS_WITH", "Bolivia"),
     (("Brazil", "COOPERATES_WITH", "Argentina"), ("Brazil", "ATTACKS", "Argentina"))),
    ("Russian troops launched an assault on Ukraine's positions.", ("Russia", "ATTACKS", "Ukraine"), ()),
    ("Brazil attacked Argentina’s ‘reckless decision’ on Monday.", ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"),)),
    ('Brazil attacked Argentina\'s "reckless decision" on Monday.', ("Brazil", "ACCUSES", "Argentina"),
     (("Brazil", "ATTACKS", "Argentina"),)),
    ("Russia attacked Ukraine’s decision-making centres on Monday.", ("Russia", "ATTACKS", "Ukraine"), ()),
    ("Brazil came under attack from Argentine rebels on Monday.", ("Argentine rebels", "ATTACKS", "Brazil"),
     (("Brazil", "ATTACKS", "Argentine rebels"),)),
)

# idioms built on force words, each with no force in it ({s} the subject, {o} the other party): only ATTACKS is
#   forbidden, the expected relation is an anchor sentence's; and the literal uses they must leave alone
_IDIOMS = ("{s} stormed out of talks with {o}", "{s} stormed off after a meeting with {o}",
           "{s} shelled out $5 million to {o}", "{s} struck down {o}'s appeal", "{s} fought {o} in court over the dam",
           "{s} bombarded {o} with complaints", "{s} bombarded {o} with questions about the dam",
           "{s} ambushed {o} with a surprise vote at the summit", "{s} launched a diplomatic offensive against {o}",
           "{s} launched a charm offensive against {o}", "{s} mounted a legal offensive against {o}")
_IDIOM_PARTIES = (("Brazil", "Brazil", "Argentina", "Argentina"), ("Beijing", "China", "Tokyo", "Japan"))
_LITERAL_IDIOMS = ("Russian troops stormed Ukraine's border posts", "Russia shelled Ukraine's positions",
                   "Russia bombarded Ukraine with missiles", "Russia ambushed Ukraine's convoy with drones",
                   "Russia launched an offensive against Ukraine", "Russia fought Ukraine's forces in the east",
                   "Russia struck Ukraine's air base")
# the other way round: a criticism verb used for force ("blasted X's positions", "slammed into X's power grid") is
#   ATTACKS, not ACCUSES; aimed at people ("blasted X's troops for the killings") it stays criticism
_HARD_VERBS = ("blasted", "tore into", "slammed into", "hammered", "pummelled")
_HARD_OBJECTS = ("{p} positions near the border", "{p} power grid", "{p} fuel depots", "{p} air defences",
                 "{p} positions with artillery", "{o} with missiles")
_SOFT_OBJECTS = ("{p} troops for the killings", "{p} military for its role in the coup", "{p} forces over the raid")
# criticism received: "X came under fire from Y over its decision" (Y accuses X); "fire" and "attack" only with a
#   stance as the reason, "criticism" always; troops under fire are under force, never criticised
_RECEIVED = ("came under fire from {y} over its decision to leave the bloc", "came under attack from {y} over its remarks",
             "drew fire from {y} for its new migration policy", "came under criticism from {y}",
             "came under heavy criticism from {y} on Monday", "has come under growing criticism from {y}",
             "faced criticism from {y} over its handling of the crisis", "drew criticism from {y}",
             "faced condemnation from {y}", "drew sharp criticism from {y} over the plan")
_RECEIVERS = (("Argentina", "Argentina"), ("Tokyo", "Japan"), ("The European Union", "European Union"))
_CRITICS_ABROAD = (("Brazil", "Brazil"), ("Beijing", "China"))
_UNDER_FORCE = ("Argentine troops came under fire from {y}", "An Argentine convoy came under fire from {y}",
                "Argentine positions came under heavy fire from {y}")
# a politician or party attacking "the government" as a body: criticism
_CRITICS = (("Peru's opposition leader Ana Soto", "Ana Soto"), ("The opposition Popular Party", "Popular Party"))
_GOVERNMENTS = ("the government", "the government over its handling of the floods", "the Peruvian government",
                "the government's new budget")


def _idiom(idiom: str, parties: tuple[str, str, str, str]) -> Probe:
    said, s, other, o = parties
    return Probe("figurative: idioms", f"{idiom.format(s=said, o=other)} on Monday. {_ANCHOR}",
                 ("Ecuador", "MEETS_WITH", "Bolivia"), forbidden=((s, "ATTACKS", o),))


def _critic(critic: tuple[str, str], government: str) -> Probe:
    said, s = critic
    text = f"Peru's floods killed 40 people. {said} attacked {government} on Monday."
    return Probe("figurative: a critic attacks the government", text, (s, "ACCUSES", "Peru"),
                 forbidden=((s, "ATTACKS", "Peru"),))


def _hard(subject: tuple[str, str], verb: str, obj: str, victim: tuple[str, str]) -> Probe:
    (said, s), (written, o) = subject, victim
    text = f"{said} {verb} {obj.format(p=possessive(written), o=written)} on Monday."
    return Probe("figurative: criticism verb used for force", text, (s, "ATTACKS", o), forbidden=((s, "ACCUSES", o),))


def _soft(verb: str, obj: str) -> Probe:
    text = f"Brazil {verb} {obj.format(p=possessive('Argentina'))} on Monday."
    return Probe("figurative: criticism verb used for force", text, ("Brazil", "ACCUSES", "Argentina"),
                 forbidden=(("Brazil", "ATTACKS", "Argentina"),))


def _received(receiver: tuple[str, str], act: str, critic: tuple[str, str]) -> Probe:
    (said, o), (who, s) = receiver, critic
    return Probe("figurative: criticism received", f"{said} {act.format(y=who)}.", (s, "ACCUSES", o),
                 forbidden=((o, "ACCUSES", s), (s, "ATTACKS", o), (o, "ATTACKS", s)))


PROBES = [
    *(_received(r, a, c) for r in _RECEIVERS for a in _RECEIVED for c in _CRITICS_ABROAD),
    *(Probe("figurative: criticism received", f"{t.format(y=who)} on Monday. {_ANCHOR}",
            ("Ecuador", "MEETS_WITH", "Bolivia"), forbidden=((s, "ACCUSES", "Argentina"),))
      for t in _UNDER_FORCE for who, s in _CRITICS_ABROAD),
    *(_hard(s, v, ob, vi) for s in _FIGHTERS for v in _HARD_VERBS for ob in _HARD_OBJECTS for vi in _VICTIMS
      if not (v.endswith("into") and ob.startswith("{o}"))),
    *(_soft(v, ob) for v in ("blasted", "slammed", "tore into", "lambasted") for ob in _SOFT_OBJECTS),
    *(Probe("figurative: single shapes", text, expected, forbidden=bad) for text, expected, bad in _SHAPES),
    *(_idiom(i, p) for i in _IDIOMS for p in _IDIOM_PARTIES),
    *(Probe("figurative: literal force (control)", f"{t} on Monday.", ("Russia", "ATTACKS", "Ukraine"))
      for t in _LITERAL_IDIOMS),
    *(_critic(c, g) for c in _CRITICS for g in _GOVERNMENTS),
    *(_stance(s, v, o, st) for s in _SUBJECTS for v in _VERBS for o in _OWNERS for st in _STANCES),
    *(_blamed(s, v, p, r) for s in _SUBJECTS for v in _VERBS for p in _PARTIES for r in _REASONS),
    *(_noun(s, n, o, st) for s in _SUBJECTS for n in _NOUNS for o in _OWNERS for st in _STANCES),
    *(_killed(s, v, o, f) for s in _SUBJECTS for v in _KILLS for o in _OWNERS for f in _OFFERS),
    *(_measure(s, v, m, t, True) for s in _SUBJECTS[:2] for v in _HIT_BACK for m in _SANCTIONS for t in _TARGETS),
    *(_measure(s, v, m, t, False) for s in _SUBJECTS[:2] for v in _HIT_BACK for m in _MEASURES for t in _TARGETS),
    *(_literal(s, a, v) for s in _FIGHTERS for a in _LITERAL for v in _VICTIMS),
]
