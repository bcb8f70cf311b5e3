"""Pressure put in set terms, round 25: a threat with its condition ("threatened Y with sanctions unless it freed the
crew") is a demand on Y too, and the measure held out is not yet taken against anyone the condition names; an
ultimatum given to Y ("gave Y an ultimatum") is a demand on Y; "rejected the demands of Y" rejects Y, the author."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("The United States", "Venezuela"), ("China", "the Philippines"), ("Turkey", "Sweden"),
            ("Russia", "Moldova"))
_MEASURES = ("sanctions", "\"serious consequences\"", "new tariffs", "a trade embargo")
_CONDITIONS = ("unless it freed the detained Americans", "unless it released the jailed activists",
               "if it did not withdraw its ships", "unless it handed over the suspects",
               "if it failed to pay its debts by Friday")


def _name(x: str) -> str:
    return x.removeprefix("The ").removeprefix("the ")


PROBES = [
    Probe("pressure terms: a conditioned threat demands", f"{x} threatened {y} with {measure} {cond}.",
          (_name(x), "DEMANDS", _name(y)),
          forbidden=((_name(y), "SANCTIONS", "Americans"), (_name(y), "SANCTIONS", _name(x))))
    for x, y in _PARTIES for measure in _MEASURES for cond in _CONDITIONS
] + [
    Probe("pressure terms: a conditioned threat demands", f"{x} on Monday threatened {y} with {measure} {cond}.",
          (_name(x), "THREATENS", _name(y)))
    for x, y in _PARTIES for measure in _MEASURES for cond in _CONDITIONS[:2]
] + [
    Probe("pressure terms: negative, a threat with no condition", f"{x} threatened {y} with {measure} {tail}.",
          ("", "", ""), forbidden=((_name(x), "DEMANDS", _name(y)),))
    for x, y in _PARTIES for measure in _MEASURES
    for tail in ("over its treatment of the Americans", "after the vote", "if talks collapse next week")
] + [
    Probe("pressure terms: an ultimatum given", f"{x} {verb} {y} an ultimatum to {act}.", (_name(x), "DEMANDS", _name(y)))
    for x, y in (("Azerbaijan", "Armenia"), ("Serbia", "Kosovo"), ("The European Union", "Hungary"), ("Ethiopia", "Eritrea"))
    for verb in ("gave", "has given", "on Monday gave", "served")
    for act in ("release the hostages", "withdraw its troops", "lift the blockade")
] + [
    Probe("pressure terms: negative, an ultimatum given by a third party", f"{x} said Qatar gave {y} an ultimatum.",
          ("", "", ""), forbidden=((_name(x), "DEMANDS", _name(y)),))
    for x, y in (("Azerbaijan", "Armenia"), ("Serbia", "Kosovo"))
] + [
    Probe("pressure terms: the demands of their author rejected", f"{x} {verb} the {noun} of {y} on Thursday.",
          (_name(x), "REJECTS", _name(y)))
    for x, y in (("Serbia", "the European Union"), ("Iran", "the United States"), ("Hungary", "Bulgaria"),
                 ("Hungary", "the European Commission"))
    for verb in ("rejected", "has rejected", "flatly rejected", "turned down")
    for noun in ("demands", "offer", "proposal", "ultimatum")
]
PROBES += [
    Probe("pressure terms: a conditioned threat demands", f"{seat} threatened {y} with sanctions unless {capital} {act}.",
          (x, "DEMANDS", y), forbidden=((y, "SANCTIONS", "Americans"),))
    for x, seat, y, capital in (("United States", "Washington", "Venezuela", "Caracas"),
                                ("European Union", "Brussels", "Belarus", "Minsk"))
    for act in ("freed the detained Americans", "released the Americans it holds")
] + [
    Probe("pressure terms: a forecast conditioned threat", f"{x} {verb} {y} with tariffs unless it {act}.",
          (_name(x), "DEMANDS", _name(y)), status="hypothetical")
    for x, y in _PARTIES
    for verb in ("is expected to threaten", "may threaten")
    for act in ("buys more grain", "drops its probe")
]
_WITHDRAWALS = (("Russia", "Ukraine", "Ukrainian"), ("Azerbaijan", "Armenia", "Armenian"), ("Mali", "France", "French"),
                ("Moldova", "Russia", "Russian"), ("Somalia", "Ethiopia", "Ethiopian"))
PROBES += [
    Probe("pressure terms: a withdrawal of a state's forces demanded", f"{x} {verb} the {noun} of {owner} {troops} {place}.",
          (x, "DEMANDS", y))
    for x, y, adj in _WITHDRAWALS
    for verb in ("demanded", "on Monday demanded", "called for", "urged")
    for noun in ("withdrawal", "immediate withdrawal", "departure")
    for owner in (f"{y}'s", adj)
    for troops in ("troops", "forces")
    for place in ("from the border region", "from its territory")
] + [
    Probe("pressure terms: negative, foreign forces to leave a place", f"{x} demanded the withdrawal of {who} from {y}.",
          ("", "", ""), forbidden=((x, "DEMANDS", y),))
    for x, y, _adj in _WITHDRAWALS
    for who in ("foreign troops", "all foreign forces", "the militias")
]
_VETOES = (("Russia", "Syria", "the United States"), ("China", "Myanmar", "France"), ("Hungary", "Ukraine", "Poland"))
PROBES += [
    Probe("pressure terms: negative, a veto of what concerns a state", f"{x} vetoed {thing} {y} on Tuesday.",
          ("", "", ""), forbidden=((x, "REJECTS", y),))
    for x, y, _author in _VETOES
    for thing in ("the resolution on", "a draft resolution on", "the aid package for", "a statement on the crisis in")
] + [
    Probe("pressure terms: a veto of its author's text", f"{x} vetoed {thing} {author} on Tuesday.",
          (x, "REJECTS", author.removeprefix("the ")))
    for x, _y, author in _VETOES
    for thing in ("a resolution drafted by", "the proposal by", "a draft resolution put forward by")
] + [
    Probe("pressure terms: a veto of its author's text", f"{x} vetoed {y}'s {thing} on Tuesday.", (x, "REJECTS", y))
    for x, y, _author in _VETOES
    for thing in ("bid", "proposal", "request")
]
PROBES += [
    Probe("pressure terms: a veto of its author's text", f"{x} vetoed {y}'s bid to join the bloc.", (x, "REJECTS", y))
    for x, y, _author in _VETOES
] + [
    Probe("pressure terms: negative, a veto of what concerns a state",
          f"{y} accused {x} of using its veto to block aid.", ("", "", ""), forbidden=((x, "REJECTS", y),))
    for x, y, _author in _VETOES
]
