"""Round 31: a threat or warning rejected answers whoever made it ("X dismissed the threat", "Y rejected the
Ruritanian warning"); "demanded the release of the fishermen" is a demand on whoever holds the group; "the federal
government" and "the central authorities" are the story's state, as "the government" is."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Lesotho", "South Africa", "South African"), ("Russia", "Norway", "Norwegian"),
          ("Iran", "Azerbaijan", "Azerbaijani"))
_THREATS = ("{a} threatened {b} with retaliation on Monday.", "{a} warned {b} that it would cut water supplies.",
            "{a} threatened to close its border with {b}.")
_REJECTIONS = ("{b} dismissed the threat.", "{b} rejected the warning as unhelpful.",
               "{b}'s foreign ministry brushed aside the threats.", "{b} shrugged off the warning on Tuesday.")

_REJECTED = [
    Probe("threat or warning rejected", f"{t} {r}".format(a=a, b=b), (b, "REJECTS", a), forbidden=((a, "REJECTS", b),))
    for a, b, _dem in _PAIRS for t in _THREATS for r in _REJECTIONS
]
# the warning is not the rejecter's own: a state that threatened and then dismissed the threat rejects no one
_NOT_ANSWERED = [
    Probe("threat rejected with no other threatener", f"{b} dismissed the threat of a strike by dock workers.",
          ("", "", ""), forbidden=((b, "REJECTS", a),))
    for a, b, _dem in _PAIRS
]
_HELD = (("Malian soldiers seized eleven herders near the border.", "Mali", "Mauritania"),
         ("Police in Minsk detained three Lithuanian lorry drivers.", "Belarus", "Lithuania"),
         ("Russian border guards boarded a fishing boat and detained its seven crew members.", "Russia", "Japan"))
_RELEASES = ("{c} demanded the release of the {g}.", "{c} summoned the ambassador and demanded the immediate release "
             "of the {g}.")
_GROUPS = {"Mali": "herders", "Belarus": "drivers", "Russia": "crew members"}
_RELEASED = [
    Probe("release of a held group demanded of its captor", f"{arrest} " + w.format(c=c, g=_GROUPS[holder]),
          (c, "DEMANDS", holder))
    for arrest, holder, c in _HELD for w in _RELEASES
]
_STORIES = (("MOGADISHU", "Somalia", "Jubaland"), ("ABUJA", "Nigeria", "Biafra National Guard"),
            ("ADDIS ABABA", "Ethiopia", "Fano"))
_CALLS = ("{x} urged the federal government and {r} to resume talks.",
          "{x} called on the central authorities to stop the offensive against {r}.",
          "{x} urged the federal authorities to protect civilians.")
_FEDERAL = [
    Probe("federal government as the story's state",
          f"{city}, Nov 3 (Wire) - {state}'s army fought {rebel} near the border on Sunday. " + w.format(x=x, r=rebel),
          (x, "DEMANDS", state))
    for city, state, rebel in _STORIES for w in _CALLS for x in ("Kenya", "Egypt")
]

PROBES = _REJECTED + _NOT_ANSWERED + _RELEASED + _FEDERAL

# a summons whose purpose is a stance: the summoner takes it, not the summoned envoy's state (round 31)
_SUMMONS = (("Kuwait", "Iraq", "the Federal Supreme Court", "Federal Supreme Court"),
            ("the United Arab Emirates", "Iran", "the Islamic Revolutionary Guard Corps",
             "Islamic Revolutionary Guard Corps"),
            ("Ghana", "Togo", "the Togolese Navy", "Togolese Navy"))
_PURPOSES = ("{a} summoned {b}'s ambassador on Sunday to protest a ruling by {c}.",
             "{a} summoned {b}'s envoy to protest a decision taken by {c} last week.")


def _named(x: str) -> str:
    return x[4:] if x.startswith("the ") else x


_SUMMONED = [
    Probe("protest told as a summons' purpose", w.format(a=a[:1].upper() + a[1:], b=b, c=c), (_named(a), "PROTESTS", d),
          forbidden=((b, "PROTESTS", d),))
    for a, b, c, d in _SUMMONS for w in _PURPOSES
]
# asked for more of what it decided, or to undo it: the decision was the one asked's (further_asks.py)
_DECIDERS = (("Britain sanctioned two airlines on Monday.", "The European Union listed three shipping firms on "
              "Tuesday.", "United Kingdom", "European Union", "the EU"),
             ("Canada banned the import of drones on Monday.", "Japan froze the assets of two banks on Tuesday.",
              "Canada", "Japan", "Tokyo"))
_ASKS = ("Ukraine welcomed the decision and urged {who} to also target the airports.",
         "Ukraine welcomed the move but called on {who} to go further.")
_FURTHER = [
    Probe("welcomed decision of the one asked for more", f"{first} {second} " + w.format(who=who),
          ("Ukraine", "SUPPORTS", asked), forbidden=(("Ukraine", "SUPPORTS", other),))
    for first, second, other, asked, who in _DECIDERS for w in _ASKS
]
PROBES += _SUMMONED + _FURTHER
