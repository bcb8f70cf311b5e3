"""The pronoun subject of a demanded act (round 29): "X demanded that he apologise" is a demand of the man named
before, not of X (nor of X's state); in "Y said Kenya demanded that he leave", Y may be meant."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Kenya", "Kenyan"), ("Chile", "Chilean"), ("Poland", "Polish"))
_CRITICS = (("Mark Obote", "Obote", "he"), ("Anna Varga", "Varga", "she"))
_DEMANDERS = (("Jane Mwangi", "foreign minister"), ("Tomas Ruiz", "interior minister"))
_VERBS = ("demanded that {p} apologise", "demanded that {p} retract the remarks", "insisted that {p} withdraw the claim",
          "asked that {p} clarify the comments")

PROBES = [
    Probe("pronoun subject of a demanded act", f"{critic} criticised {state} on Monday. {dem} {post} {demander} "
          f"{verb.format(p=pron)}.", (demander, "DEMANDS", critic), forbidden=((demander, "DEMANDS", state),))
    for state, dem in _STATES for critic, _, pron in _CRITICS for demander, post in _DEMANDERS for verb in _VERBS
] + [
    Probe("pronoun subject of a demanded act: after a speech verb", f"{critic} criticised {state} on Monday. "
          f"{demander}, {state}'s {post}, said {short}'s remarks were false and demanded that {pron} retract them.",
          (demander, "DEMANDS", critic), forbidden=((demander, "DEMANDS", state),))
    for state, dem in _STATES for critic, short, pron in _CRITICS for demander, post in _DEMANDERS
] + [
    Probe("pronoun subject of a demanded act: the speaker meant", f"{critic} was detained on Monday. {short} said "
          f"{state} had demanded that {pron} leave the country.", (state, "DEMANDS", critic))
    for state, _ in _STATES for critic, short, pron in _CRITICS
]
