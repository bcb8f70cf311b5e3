"""Accusations and denials told by a law or a plea, round 23: criticism of a state's law named by its demonym ("criticised
the Egyptian decree") or taken up as "the law" the story opened with; a charged person's innocence told by a
speech verb ("said she was innocent"), by "Both (men)" with a plea, or by a description of them as the subject ("The
accused denied the charges", "The opposition politician has denied wrongdoing"); and "the government of President
X" as a subject, which is X's state. Negatives: "under Egyptian law", innocent civilians, a minister who is another
speaker, a critic on the law's own side."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DEMONYMS = (("Egyptian", "Egypt"), ("Tunisian", "Tunisia"), ("Kenyan", "Kenya"), ("Hungarian", "Hungary"))
_CRITICS = ("Amnesty International", "the European Union", "Human Rights Watch")
_CRITICISE = ("criticised", "condemned", "denounced", "slammed")
_LAW_NOUNS = ("{a} decree", "{a} law", "new {a} law", "{a} order", "controversial {a} decree")


def _name(critic: str) -> str:
    return critic.removeprefix("the ")


PROBES = [
    Probe("criticism of a law named by its demonym", f"{critic[:1].upper() + critic[1:]} {verb} the {noun.format(a=adj)} on "
          "foreign-funded charities.", (_name(critic), "ACCUSES", state))
    for critic in _CRITICS for verb in _CRITICISE for adj, state in _DEMONYMS for noun in _LAW_NOUNS
] + [
    Probe("negative: a demonym law that is no one's criticism", text, ("", "", ""),
          forbidden=((critic, "ACCUSES", "Egypt"), (critic, "COERCES", "Egypt"), (critic, "MEETS_WITH", "Egypt")))
    for critic in ("Amnesty International",)
    for text in ("Amnesty International said the activists were detained under Egyptian law.",
                 "Amnesty International met lawyers familiar with Egyptian law.",
                 "Under Egyptian law, Amnesty International must register its office.")
]

_ENACTED = ("{s} passed a law on foreign-funded charities in May.", "{s} adopted a decree on foreign-funded charities "
            "in May.", "Lawmakers in {s} approved a law on foreign-funded charities in May.",
            "{s} declared a state of emergency in May.", "The European Commission opened proceedings against {s} over "
            "a law on foreign-funded charities.")
_TAKEN_UP = ("{c} criticised the law.", "{c} has also condemned the law.", "{c} denounced the new law on Tuesday.",
             "{c} criticised the order, saying it could be abused.", "{c} criticised the draft law last year.")
PROBES += [
    Probe("'the law' is the story's law", f"{enacted.format(s=state)} Officials said it was needed for security. "
          f"{taken.format(c=critic)}", (critic, "ACCUSES", state))
    for state in ("Slovakia", "Georgia", "Trinidad and Tobago") for enacted in _ENACTED for taken in _TAKEN_UP
    for critic in ("Amnesty International", "Canada")
] + [
    Probe("negative: a critic on the law's own side", "Georgia passed a law on foreign-funded charities in May. "
          "Georgian President Nino Beradze criticised the law.", ("", "", ""),
          forbidden=(("Nino Beradze", "ACCUSES", "Georgia"),)),
    Probe("negative: no state's law told", "Amnesty International criticised the law on Tuesday.", ("", "", ""),
          forbidden=(("Amnesty International", "ACCUSES", "Georgia"),)),
]

_CHARGERS = (("Peruvian prosecutors", "Peru"), ("Police in Chile", "Chile"), ("Kenyan police", "Kenya"))
_INNOCENT = ("{n} said she was innocent.", "{n} says she is innocent.", "{n} insists she is innocent of all charges.",
             "{n} has maintained that she is innocent.",
             "{n}, who says she is innocent, is due in court on Friday.")
PROBES += [
    Probe("innocence told by a speech verb", f"{charger} charged Ana Ruiz with bribery on Monday. {said.format(n='Ruiz')}",
          ("Ana Ruiz", "DENIES", state))
    for charger, state in _CHARGERS for said in _INNOCENT
] + [
    Probe("negative: innocent victims", f"{charger} said Ana Ruiz's guards were innocent of any crime. The rights group "
          "said they were innocent civilians.", ("", "", ""), forbidden=(("Ana Ruiz", "DENIES", state),))
    for charger, state in _CHARGERS
]

_PAIR_PLEAS = ("Both pleaded not guilty.", "Both men pleaded not guilty on Tuesday.",
               "Both men maintained their innocence throughout the trial.", "The two men have protested their innocence.")
PROBES += [
    Probe("a plea by both of the charged", f"{charger} charged Ivo Sand and Marko Lind with smuggling. {plea}",
          ("Marko Lind", "DENIES", state))
    for charger, state in _CHARGERS for plea in _PAIR_PLEAS
]

_DESCRIBED = ("The accused denied the charges.", "The accused has denied wrongdoing.",
              "The opposition politician has denied wrongdoing.", "The 52-year-old pleaded not guilty.",
              "The former minister denies the charges.", "The activist, who has been held since May, denies the charges.")
PROBES += [
    Probe("a denial by a description of the one charged", f"{charger} detained Ivo Sand on bribery charges on Monday. "
          f"{denial}", ("Ivo Sand", "DENIES", state))
    for charger, state in _CHARGERS for denial in _DESCRIBED
] + [
    Probe("negative: an office holder is another speaker", f"{charger} detained Ivo Sand on bribery charges on Monday. "
          f"The interior minister denied that he had been mistreated.", ("", "", ""),
          forbidden=(("Ivo Sand", "DENIES", state),))
    for charger, state in _CHARGERS
]

_GOVERNMENTS = ("The government of President Ana Ruiz", "The government of Ana Ruiz",
                "The administration of President Ana Ruiz")
PROBES += [
    Probe("'the government of President X' as the subject is X's state",
          f"{leader} met Chilean officials in May. Chile later accused {state} of spying. {gov} has denied the charge.",
          (state, "DENIES", "Chile"), forbidden=(("Ana Ruiz", "DENIES", "Chile"),))
    for leader, state in (("Peruvian President Ana Ruiz", "Peru"), ("Bolivian President Ana Ruiz", "Bolivia"))
    for gov in _GOVERNMENTS
]

_YEAR_AGENTS = ("Montenegrin prosecutors", "prosecutors in Montenegro", "Montenegro's prosecutors",
                "Montenegrin investigators")
PROBES += [
    Probe("a year opening the clause is no count of the agents",
          f"Vuksan Radonjic ran the police. {opener} {agent} charged him with abuse of office. He denied the charges.",
          ("Vuksan Radonjic", "DENIES", "Montenegro"))
    for opener in ("In 2022", "In 2022,", "Since 2021", "In 2019") for agent in _YEAR_AGENTS
]

_WARRANTS = ("issued arrest warrants for", "issued warrants for")
PROBES += [
    Probe("criticism of the warrants answers who issued them",
          f"{agent} {issued} six activists living abroad on Tuesday. {critic} condemned the {noun} as \"repression\".",
          (critic, "ACCUSES", state))
    for agent, state in (("Hong Kong police", "Hong Kong"), ("Belarusian prosecutors", "Belarus"))
    for issued in _WARRANTS for critic in ("Canada", "Amnesty International") for noun in ("warrants", "arrest warrants")
]

PROBES += [
    Probe("both of the charged deny", f"{charger} charged Ivo Sand and Marko Lind with smuggling. {deny}",
          ("Ivo Sand", "DENIES", state))
    for charger, state in _CHARGERS for deny in ("Both deny wrongdoing.", "Both men have denied the charges.",
                                                 "The two men denied any wrongdoing.")
]

_APPOSED_CHARGES = ("who was charged by {a} with bribery", "charged by {a} with bribery",
                    "who was indicted by {a} last year")
_APPOSED_ANSWERS = ("said she was innocent", "said on Monday that she was innocent", "told reporters she was innocent")
PROBES += [
    Probe("a charge told inside the speaker's apposition", f"Ana Ruiz, {charge.format(a=agent)}, {answer}.",
          (state, "INVESTIGATES", "Ana Ruiz"))
    for agent, state in (("Peruvian prosecutors", "Peru"), ("prosecutors in Chile", "Chile"), ("Kenyan prosecutors", "Kenya"))
    for charge in _APPOSED_CHARGES for answer in _APPOSED_ANSWERS
] + [
    Probe("negative: the speaker is not the one charged", f"{title}, Ana Ruiz, told reporters the smugglers would be "
          "charged.", ("", "", ""), forbidden=((state, "INVESTIGATES", "Ana Ruiz"),))
    for title, state in (("Peru's interior minister", "Peru"), ("Kenya's attorney general", "Kenya"))
]

PROBES += [
    Probe("a plea answers who brought the charges", f"Chilean police arrested Ana Ruiz in May. Ruiz pleaded not guilty "
          f"{when}to {counts} brought by {agent}.", ("Ana Ruiz", "DENIES", state),
          forbidden=(("Ana Ruiz", "DENIES", "Chile"),))
    for when in ("", "on Monday ") for counts in ("12 counts of bribery", "all charges", "charges of money laundering")
    for agent, state in (("Peruvian prosecutors", "Peru"), ("Bolivian prosecutors", "Bolivia"), ("Brazil", "Brazil"))
]

PROBES += [
    Probe("negative: 'in order to' and 'law and order' are no state's law",
          f"{state} {act}. {critic} criticised the law on Tuesday.", ("", "", ""),
          forbidden=((critic, "ACCUSES", state),))
    for state in ("Russia", "Peru") for act in ("sent troops in order to deter an attack",
                                                "promised law and order in the capital")
    for critic in ("Amnesty International", "Canada")
]
