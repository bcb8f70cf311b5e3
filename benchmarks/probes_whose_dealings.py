"""Round 30: a ", whose" clause gives the state or body it is about the dealings it names, as a possessive would
("the EU, whose accession talks with X ...", "Peru, whose sanctions on X ..."), and the acts of its own envoys,
ministers or officials ("Peru, whose envoy held talks with X ..."); what a person's country does ("X, whose country
chairs the bloc, ...") or a clause about someone else's dealings is not theirs."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OWNERS = (("Peru", "Peru"), ("The European Union", "European Union"), ("Norway", "Norway"))
_PARTNERS = ("Chile", "the Shining Path")
_NAMES = {"the Shining Path": "Shining Path"}
_NOUNS = (("accession talks with {o} are expected to close next year", "NEGOTIATES_WITH"),
          ("negotiations with {o} stalled in May", "NEGOTIATES_WITH"),
          ("sanctions on {o} took effect on Monday", "SANCTIONS"),
          ("trade agreement with {o} expires next year", "AGREES_WITH"))
_AGENTS = (("envoy held talks with {o} in January", "NEGOTIATES_WITH"),
           ("foreign minister met {o} on Monday", "MEETS_WITH"),
           ("officials have held talks with {o} since March", "NEGOTIATES_WITH"))

PROBES = [
    Probe("a whose clause's dealings: the owner's", f"{a}, whose {n.format(o=o)}, said it was ready to talk.",
          (name, t, _NAMES.get(o, o)))
    for a, name in _OWNERS for o in _PARTNERS for n, t in _NOUNS
] + [
    Probe("a whose clause's dealings: through the owner's agents", f"{a}, whose {n.format(o=o)}, said it was ready "
          "to talk.", (name, t, _NAMES.get(o, o)))
    for a, name in _OWNERS for o in _PARTNERS for n, t in _AGENTS
] + [
    Probe("a whose clause's dealings: not a person's, not another's", text, ("", "", ""), forbidden=forbidden)
    for text, forbidden in (
        ("Ana Duarte, whose country chairs the bloc, said Peru was ready to talk.", (("Ana Duarte", "LEADS", "bloc"),)),
        ("Peru urged Chile, whose talks with the Shining Path stalled in May, to resume them.",
         (("Peru", "NEGOTIATES_WITH", "Shining Path"),)),
        ("Norway praised the Shining Path, whose sanctions on Chile took effect on Monday.",
         (("Norway", "SANCTIONS", "Chile"),)),
    )
]
