"""Round 19: an agent ("police", "troops", "the army", "the government") opening an official's reported clause is
the official's own state's, whatever state the story names most; an envoy's is the state he is posted to."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORY = "Kenya deported three Tanzanian traders. Kenya said Nairobi had evidence against them. "
_SPEAKERS = ("Tanzanian Interior Minister Juma Said", "Tanzania's interior minister, Juma Said,",
             "Tanzania's defence minister Juma Said")
_AGENTS = ("police", "troops", "the army", "security forces")
_SAID = ("said", "said on Monday that", "told reporters that")

PROBES = [
    Probe("official's own agent in the reported clause",
          f"{_STORY}{speaker} {said} {agent} had detained Ali Omar Nuru, a Kenyan trader.",
          ("Tanzania", "COERCES", "Ali Omar Nuru"), forbidden=(("Kenya", "COERCES", "Ali Omar Nuru"),))
    for speaker in _SPEAKERS for agent in _AGENTS for said in _SAID
] + [
    Probe("an envoy's agent is not his own state's",
          f"{_STORY}The US ambassador to Tanzania, Tom Reed, {said} {agent} had detained Ali Omar Nuru, a Kenyan trader.",
          ("", "", ""), forbidden=(("United States", "COERCES", "Ali Omar Nuru"),))
    for agent in _AGENTS for said in _SAID
] + [
    Probe("an official accusing an agent names no state of his",
          f"{_STORY}Tanzanian Interior Minister Juma Said accused police of detaining Ali Omar Nuru, a Kenyan trader.",
          ("", "", ""), forbidden=(("Tanzania", "COERCES", "Ali Omar Nuru"),))
]

_GULF = "Saudi Arabia and Qatar signed a pact. Saudi Arabia said Riyadh would fund it. "
_UNNAMED = ("A Kenyan official", "A Kenyan security official, speaking on condition of anonymity,",
            "An official in Nairobi, who asked not to be named,", "A Kenyan government spokesman")

PROBES += [
    Probe("unnamed official's own agent in the reported clause",
          f"{_GULF}{speaker} {said} {agent} had detained Ali Omar Nuru, a Somali trader.",
          ("Kenya", "COERCES", "Ali Omar Nuru"), forbidden=(("Saudi Arabia", "COERCES", "Ali Omar Nuru"),))
    for speaker in _UNNAMED for agent in ("police", "troops", "security forces") for said in ("said", "told reporters that")
]
