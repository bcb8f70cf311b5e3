"""Possessed trigger nouns: "X's meeting with Y", "X's recent backing of Y", "X's upcoming talks with Y". The noun
is done by its possessor — a country, a titled person or a bare two-word name — with or without a pre-noun
adjective (latest, recent, upcoming, previous, ongoing), wherever the phrase stands: opening the sentence, after
"after"/"since", as the agent of a passive ("Ecuador was surprised by X's ..."), the object of a verb. The clause's
own subject (Ecuador) must not take the possessor's place. Invented names; nouns whose possessor acts as agent.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

# (noun phrase after the possessor, TYPE, target name)
_NOUNS = (("meeting with Peru", "MEETS_WITH", "Peru"), ("talks with Peru", "NEGOTIATES_WITH", "Peru"),
          ("backing of the Northern Front", "SUPPORTS", "Northern Front"),
          ("support for the Northern Front", "SUPPORTS", "Northern Front"),
          ("demand for Peru to withdraw its troops", "DEMANDS", "Peru"),
          ("criticism of Peru", "ACCUSES", "Peru"))
_POSSESSORS = (("Chile's", "Chile"), ("Foreign Minister Ana Duarte's", "Ana Duarte"), ("Ana Duarte's", "Ana Duarte"))
_ADJECTIVES = ("", "latest ", "recent ", "previous ", "ongoing ")
_FRAMES = ("{np} drew attention on Tuesday.", "After {np}, markets fell on Tuesday.",
           "Since {np}, trade has grown.", "Ecuador was surprised by {np}.", "Ecuador welcomed {np} on Tuesday.")


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for noun, typ, target in _NOUNS:
        for poss, agent in _POSSESSORS:
            for adj in _ADJECTIVES:
                if adj == "ongoing " and typ not in ("MEETS_WITH", "NEGOTIATES_WITH", "SUPPORTS"):
                    continue  # "ongoing talks", not "ongoing demand"
                np = f"{poss} {adj}{noun}"
                for frame in _FRAMES:
                    out.append(Probe("possessed noun", capitalised(frame.format(np=np)), (agent, typ, target),
                                     forbidden=(("Ecuador", typ, target),)))
    return out


PROBES = _probes()
