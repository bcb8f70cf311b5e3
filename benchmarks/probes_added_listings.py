"""Names added to a measure already told, its author left out: "Also listed were X and Y", "X was also listed,
along with its chairman, Y", "added two officials to its sanctions list: X and Y", "The measures freeze the assets
of the generals, who include X". Each name gets the measure from the author of the one told before; a name in an
aside, a listing on an exchange or a name in the next clause gets nothing."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_AGENTS = ("Canada", "Japan", "Australia", "the European Union")
_NAMES = ("Orlan Vasquez", "Teodor Marin")
_FIRM = "Halcon Marine Holdings"
_LEDE = "{agent} on Monday imposed sanctions on three shipping firms and two officials it accused of helping Iran sell oil."
_SECOND = "The measures freeze their assets and bar them from entering the country."
_FRONTED = ("Also listed were {a}, a port official, and {b}, a trader.",
            "Also sanctioned were {a}, a port official, and {b}, a trader.",
            "Also listed on Monday were {a} and {b}.",
            "Also listed were {a} and {b}, a trader the Energy Ministry said had moved the oil.")
_PASSIVE = ("{firm} was also listed, along with its owner, {b}.",
            "{firm}, whose tankers are insured in Singapore, was also listed, along with its chairman, {b}.",
            "{firm} and its shipping agent were also listed, along with its director, {b}.")


def _agent_name(agent: str) -> str:
    return agent[4:] if agent.startswith("the ") else agent


def _text(agent: str, *rest: str) -> str:
    return "\n\n".join((_LEDE.format(agent=agent[:1].upper() + agent[1:]), *rest))


PROBES = [
    Probe("fronted 'also listed were' after a measure", _text(agent, _SECOND, tmpl.format(a=_NAMES[0], b=_NAMES[1])),
          (_agent_name(agent), "SANCTIONS", name),
          forbidden=((_agent_name(agent), "SANCTIONS", "Energy Ministry"), (_agent_name(agent), "ACCUSES", "Energy Ministry")))
    for agent in _AGENTS for tmpl in _FRONTED for name in _NAMES
] + [
    Probe("passive 'was also listed' after a measure", _text(agent, _SECOND, tmpl.format(firm=_FIRM, b=_NAMES[1])),
          (_agent_name(agent), "SANCTIONS", name),
          forbidden=((_agent_name(agent), "SANCTIONS", "Singapore"),))
    for agent in _AGENTS for tmpl in _PASSIVE for name in (_FIRM, _NAMES[1])
] + [
    Probe("colon list after a counted group",
          f"{agent[:1].upper() + agent[1:]} on Wednesday added two Malawian officials to its sanctions list: "
          f"police commissioner {_NAMES[0]} and businessman {_NAMES[1]}.",
          (_agent_name(agent), "SANCTIONS", name))
    for agent in _AGENTS[:3] for name in _NAMES  # ("the European Union ... added": no measure read yet)
] + [
    Probe("a later 'who include' after a measure on a counted group",
          f"{agent[:1].upper() + agent[1:]} on Wednesday imposed sanctions on four army generals over the coup. "
          f"The measures freeze any assets of the generals, who include {_NAMES[0]}, the head of the air force, "
          f"and bar local firms from dealing with {_FIRM}.",
          (_agent_name(agent), "SANCTIONS", _NAMES[0]),
          forbidden=((_agent_name(agent), "SANCTIONS", "local firms"),))
    for agent in _AGENTS
] + [
    # no measure before: a listing alone names no author; a company listed on an exchange is no target
    Probe("'also listed' with no measure before it",
          f"{_FIRM} reported higher profits on Monday. {_NAMES[0]}'s firm was also listed on the stock exchange "
          f"in Lisbon, along with its parent, {_NAMES[1]}.",
          ("", "", ""), forbidden=tuple((who, "SANCTIONS", name) for who in ("Portugal", "Lisbon")
                                        for name in (_NAMES[1], _FIRM))),
] + [
    Probe("'also listed as' a witness is no measure",
          _text(agent, f"{_NAMES[0]} was also listed as a witness in the case, along with {_NAMES[1]}."),
          ("", "", ""), forbidden=((_agent_name(agent), "SANCTIONS", _NAMES[0]),
                                   (_agent_name(agent), "SANCTIONS", _NAMES[1])))
    for agent in _AGENTS
]
