"""Readings that invent an actor or a stance on unseen text, round 23: a denial after "while"/"but" is its own
subject's; a place ("near X", "the town of X") authors no attack; a time zone, a live blog's label, "Near" and
"Former <demonym>" are no actors; an interview is a meeting only as a verb ("interviewed X"), not "in an interview with CNN"; "asked X whether" is a
question and "dismissed Prime Minister X" a firing; an attack or sanction after its preposition is a noun; "the
support of X" names X the supporter; an act demanded in the subjunctive is only asked for."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Kenya", "Somalia", "Mogadishu"), ("Ethiopia", "Eritrea", "Asmara"), ("Armenia", "Azerbaijan", "Baku"),
          ("Thailand", "Cambodia", "Phnom Penh"))
_DENIALS = ("while {cap} denied it", "but {cap} denied the charge", "while {cap} has repeatedly denied the accusation",
            "but {cap} denied any involvement")

PROBES = [
    Probe("a denial after while/but is its own subject's",
          f"{a} accused {b} of shelling a border post, {d.format(cap=cap)}.", (b, "DENIES", a),
          forbidden=((a, "DENIES", b),))
    for a, b, cap in _PAIRS for d in _DENIALS
] + [
    Probe("a place authors no attack", text, ("", "", ""), absent=(place,),
          forbidden=((place, "ATTACKS", "Ukraine"), (place, "ATTACKS", "Sudan")))
    for place, text in (
        ("Near Kherson", "Near Kherson, a drone attacked a bus, Ukraine said."),
        ("Near Zaporizhzhia", "Near Zaporizhzhia, artillery shelled a school, Ukrainian officials said."),
        ("Near Kupiansk", "Near Kupiansk, drones attacked a convoy overnight, Ukraine said."),
        ("Al-Fashir", "The town of Al-Fashir was shelled overnight, Sudan's army said."),
        ("Babanusa", "The town of Babanusa came under heavy shelling, Sudan's army said."),
        ("Kupiansk", "A strike near Kupiansk killed two soldiers, Ukraine said."))
] + [
    Probe("a time zone or live label is no actor", text, expected, absent=(word,))
    for word, text, expected in (
        ("GMT", "GMT Nepal said Bhutan had shelled a border post.", ("Nepal", "ACCUSES", "Bhutan")),
        ("IST", "IST: Nepal accuses Bhutan of shelling a border post.", ("Nepal", "ACCUSES", "Bhutan")),
        ("UTC", "UTC: Peru accuses Chile of spying on its navy.", ("Peru", "ACCUSES", "Chile")),
        ("LIVE", "LIVE: Peru accuses Chile of spying on its navy.", ("Peru", "ACCUSES", "Chile")),
        ("Overnight", "Overnight, Russia launched 40 drones at Ukraine.", ("Russia", "ATTACKS", "Ukraine")),
        ("EST", "10:30 EST: Peru accuses Chile of spying on its navy.", ("Peru", "ACCUSES", "Chile")))
] + [
    Probe("an interview as a noun is no meeting", text, ("", "", ""),
          forbidden=((outlet, "MEETS_WITH", person), (person, "MEETS_WITH", outlet)))
    for outlet, person, text in (
        ("CNN", "Luiz Inacio Lula da Silva", "Brazilian President Luiz Inacio Lula da Silva said in an interview "
                                            "with CNN that Brazil would not change course."),
        ("BBC", "Luiz Inacio Lula da Silva", "Brazilian President Luiz Inacio Lula da Silva, in an interview with the "
                                            "BBC, criticised the tariffs."),
        ("Telesur", "Nicolas Maduro", "Venezuelan President Nicolas Maduro said in a television interview with Telesur "
                                      "that talks would resume."),
        ("Axios", "Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky told Axios in an interview that he "
                                        "would travel to Rome."))
] + [
    Probe("a person's interview is a meeting", text, (a, "MEETS_WITH", b))
    for a, b, text in (
        ("Anna Petrova", "Basem Naim", "Reporter Anna Petrova interviewed Hamas official Basem Naim in Doha."),
        ("Carlos Mendez", "Rafael Mena", "Journalist Carlos Mendez interviewed rebel commander Rafael Mena in the "
                                         "jungle."))
] + [
    Probe("former and a demonym make no person", text, ("", "", ""), absent=(demonym,))
    for demonym, text in (
        ("Colombian", "Former Colombian officials told Reuters that the plan would fail."),
        ("Nigerien", "Former Nigerien ministers were detained by the junta on Monday."),
        ("Ecuadorian", "Former Ecuadorian guerrilla commander Rafael Mena apologised on Monday."),
        ("Former Colombian", "Former Colombian president Ivan Duque criticised the plan."),
        ("Peruvian", "Former Peruvian and Bolivian presidents signed a letter on Monday."))
] + [
    Probe("asking whether is no demand", f"{a} asked {b} whether {how}.", ("", "", ""), forbidden=((a, "DEMANDS", b),))
    for a, b in (("Germany", "Russia"), ("Brazil", "the United States"), ("Japan", "China"))
    for how in ("it planned to extend the deal", "the tariffs would be lifted", "it would join the talks")
] + [
    Probe("asking to act is a demand", f"{a} asked {b} to extend the deal.", (a, "DEMANDS", b.removeprefix("the ")))
    for a, b in (("Germany", "Russia"), ("Brazil", "the United States"), ("Japan", "China"))
] + [
    Probe("a dismissed official is fired, not rejected", text, ("", "", ""), forbidden=((a, "REJECTS", b),))
    for a, b, text in (
        ("Ibrahim Traore", "Apollinaire Kyelem", "President Ibrahim Traore dismissed Prime Minister Apollinaire "
                                                 "Kyelem on Friday."),
        ("Ibrahim Traore", "Apollinaire Kyelem", "Prime Minister Apollinaire Kyelem was dismissed from his post by "
                                                 "President Ibrahim Traore."),
        ("Ibrahim Traore", "Apollinaire Kyelem", "Prime Minister Apollinaire Kyelem was dismissed by President "
                                                 "Ibrahim Traore on Friday."),
        ("William Ruto", "Kithure Kindiki", "President William Ruto dismissed his interior minister, Kithure Kindiki, "
                                            "in a reshuffle."),
        ("Volodymyr Zelensky", "Valery Zaluzhny", "President Volodymyr Zelensky dismissed army chief Valery Zaluzhny "
                                                  "in February."))
] + [
    Probe("a dismissed demand is rejected", text, (a, "REJECTS", b))
    for a, b, text in (
        ("William Ruto", "Kalonzo Musyoka", "President William Ruto dismissed opposition leader Kalonzo Musyoka's "
                                            "demands."),)
] + [
    Probe("an attack after its preposition is a noun", text, ("", "", ""), forbidden=(forbidden,))
    for forbidden, text in (
        (("William Ruto", "ATTACKS", "Somalia"), "Kenyan President William Ruto opened the summit. He paid tribute to "
                                                 "soldiers killed in attacks in northern Somalia, which he blamed on "
                                                 "militants."),
        (("William Ruto", "ATTACKS", "Somalia"), "Kenyan President William Ruto opened the summit. He mourned soldiers "
                                                 "killed in recent militant attacks in Somalia, which he blamed on "
                                                 "al-Shabaab."),
        (("Sudan", "SANCTIONS", "Canada"), "Fuel reaches the Sudanese army despite sanctions imposed by Canada on "
                                           "several suppliers."),
        (("Myanmar", "SANCTIONS", "Japan"), "Fuel reaches the Myanmar air force despite sanctions imposed by Japan on "
                                            "several suppliers."))
] + [
    Probe("the support of X names the supporter", text, expected, forbidden=forbidden)
    for text, expected, forbidden in (
        ("Latvia accuses Belarus of pushing migrants towards the border, allegedly with the knowledge and support of "
         "Moscow.", ("Latvia", "ACCUSES", "Belarus"), (("Latvia", "SUPPORTS", "Russia"),)),
        ("Latvia, like Lithuania and Poland, accuses Belarus of pushing migrants towards the border, allegedly with "
         "the knowledge and support of Moscow.", ("", "", ""),
         (("Lithuania", "SUPPORTS", "Russia"), ("Poland", "SUPPORTS", "Russia"), ("Latvia", "SUPPORTS", "Russia"))),
        ("Chile voted in support of Peru's bid.", ("Chile", "SUPPORTS", "Peru"), ()))
] + [
    Probe("an act demanded in the subjunctive is asked for", f"Kenya {verb} Uganda {act} Tanzania.",
          ("Uganda", "SANCTIONS", "Tanzania"), status="hypothetical")
    for verb in ("demanded that", "demanded", "insisted that", "urged that")
    for act in ("impose sanctions on", "halt electricity exports to")
]

_SPEAKERS = (("Kenya", "Somalia", "Mary Wanjiku"), ("Pakistan", "Afghanistan", "Saima Rauf"),
             ("Peru", "Ecuador", "Ana Duarte"))
PROBES += [
    Probe("a fronted question takes no object after it",
          f"Asked {where} whether {a} was considering {act} inside {b}, Foreign Ministry spokesperson {who} "
          f"declined to comment.", ("", "", ""), forbidden=((a, "ATTACKS", who), (a, "SANCTIONS", who)))
    for a, b, who in _SPEAKERS for where in ("at the weekly briefing", "by reporters")
    for act in ("further air strikes", "new sanctions")
] + [
    Probe("an unnamed denier is no accused", f"{a} accused {b} of arming the rebels, {tail}.", (a, "ACCUSES", b),
          forbidden=((b, "DENIES", a),))
    for a, b, _ in _SPEAKERS
    for tail in ("a charge that the rebels' commanders deny", "an alliance that the faction's leaders deny",
                 "while the operator of the depot denied any role")
] + [
    Probe("a tie of the object is not the subject's", f"{a} {verb} {obj} linked to the {grp}.", ("", "", ""),
          forbidden=((a, "ASSOCIATED_WITH", grp), (a, "MEMBER_OF", grp)))
    for a in ("The European Union", "Canada")
    for verb, obj in (("has listed", "companies"), ("sanctioned", "two firms"), ("seized", "three ships"))
    for grp in ("Rapid Support Forces", "Wagner Group")
] + [
    Probe("the armed group is the armed body named",
          f"The {ngo}, a documentation group working inside the country, called for an inquiry. Junta spokesman "
          f"Win Thant said the air force had struck bases of the {army} and accused the armed group of using "
          f"villagers as human shields.", ("Win Thant", "ACCUSES", army), forbidden=(("Win Thant", "ACCUSES", ngo),))
    for ngo in ("Lanka Civilian Monitor", "Delta Rights Watch")
    for army in ("Arakan Liberation Army", "Kachin National Front")
] + [
    Probe("a training place is no cooperation", f"Drones struck {place} of the {army} on Monday, {src} said.",
          ("", "", ""), forbidden=((src, "COOPERATES_WITH", army),))
    for place in ("training grounds", "a training camp", "training facilities")
    for army in ("Arakan Liberation Army", "Kachin National Front")
    for src in ("Myanmar", "Thailand")
] + [
    Probe("a capitalised envoy title is no body", f"{a} summoned the Chargé d'Affaires of {b} and lodged a protest.",
          (a, "PROTESTS", b), absent=("Chargé",))
    for a, b, _ in _SPEAKERS
]
PROBES += [
    Probe("a hybrid attack is no armed attack", f"{a} officials call {cap}'s {q}hybrid attack{q} on {b} a threat.",
          ("", "", ""), forbidden=((src, "ATTACKS", b.removeprefix("the ")),))
    for a, cap, src, b in (("Latvian", "Minsk", "Belarus", "the European Union"), ("Polish", "Moscow", "Russia", "NATO"))
    for q in ('"', "")
]
PROBES += [
    Probe("a statement's we is no name before it",
          f"We have received reports that {grp} units detained {n} from a village near {town}, and {we} the {grp} "
          f"to disclose their whereabouts.", ("", "", ""), forbidden=((n, "DEMANDS", grp),))
    for grp, town in (("KNF", "Lashio"), ("ALA", "Sittwe"))
    for n in ("at least nine men", "three farmers")
    for we in ("we call on", "we urge", "we also call on")
] + [
    Probe("a quoted we is its speaker's", f'"{we} Kenya to withdraw," {who} said.', (name, "DEMANDS", "Kenya"))
    for we in ("We call on", "We urge")
    for who, name in (("Somalia's foreign minister Ahmed Fiqi", "Ahmed Fiqi"), ("Somalia", "Somalia"))
]
PROBES += [
    Probe("a name apposed with a settlement is a place", f"Residents of {place}, {desc}, said gunfire lasted an hour.",
          ("", "", ""), absent=(place,))
    for place in ("Nerkin Hand", "Umm Kadada", "Kafr Sousa")
    for desc in ("a village of a few hundred people", "a small town near the border", "a farming village")
] + [
    Probe("a person apposed with a town post is a person", f"{who}, a town {post}, criticised Peru.",
          (who, "ACCUSES", "Peru"))
    for who in ("Ana Duarte", "Tomas Reyes") for post in ("councillor", "mayor")
]
