"""Once a story has told that one state summoned another's envoy, a later sentence that names no state but the
summons or a diplomat sets the same two states against each other: its bare-titled official is the summoner's, the
envoy ("Ambassador Y", "the envoy, Y") the summoned state's, whatever city the dateline names first. A sentence that
names a state of its own keeps its own reading, and a story with no summons gives a bare "envoy" no state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (dateline, the lead's summons): the summoner is Norway, the summoned state Belarus, in each
_LEADS = (
    ("MINSK/OSLO, June 2 (Wire) - A Minsk court jailed a Norwegian engineer for spying on Tuesday, prompting "
     "Norway to summon Belarus's ambassador."),
    ("OSLO, June 2 (Wire) - Norway summoned the Belarusian ambassador on Tuesday over a border incident."),
    ("MINSK, June 2 (Wire) - Norway called in Belarus's envoy on Tuesday after a court in Minsk jailed a "
     "Norwegian engineer."),
)
_FOLLOW = (
    ("Deputy Foreign Minister Kari Lund summoned Ambassador Pavel Orsha later on Tuesday to lodge a protest, "
     "the ministry said."),
    "Deputy Foreign Minister Kari Lund told the envoy, Pavel Orsha, that the verdict was unacceptable.",
    ("Deputy Foreign Minister Kari Lund told the envoy, Pavel Orsha, that the verdict was unacceptable and repeated "
     "Norway's call for the engineer's release."),
    "Foreign Minister Kari Lund handed the ambassador, Pavel Orsha, a note demanding the engineer's release.",
)

PROBES = [
    Probe("a summons story's envoy is the summoned state's", lead + "\n\n" + follow,
          ("Pavel Orsha", "HOLDS_POSITION", "Belarus"), forbidden=(("Pavel Orsha", "HOLDS_POSITION", "Norway"),))
    for lead in _LEADS for follow in _FOLLOW
] + [
    Probe("a summons story's summoning official is the summoner's", lead + "\n\n" + follow,
          ("Kari Lund", "HOLDS_POSITION", "Norway"), forbidden=(("Kari Lund", "HOLDS_POSITION", "Belarus"),))
    for lead in _LEADS for follow in _FOLLOW
] + [
    # no summons told before: a bare "envoy" is no one's (a special envoy is most often the story's own)
    Probe("no summons, no state for a bare envoy",
          "OSLO, June 2 (Wire) - Norway accused Belarus of spying on Tuesday.\n\n" + text, ("", "", ""),
          forbidden=(("Pavel Orsha", "HOLDS_POSITION", "Belarus"), ("Pavel Orsha", "HOLDS_POSITION", "Norway")))
    for text in ("The envoy, Pavel Orsha, will travel to the region next week.",
                 "Kari Lund met the envoy, Pavel Orsha, in Geneva.")
] + [
    # the later sentence names its own state: the summons does not decide it
    Probe("a later sentence's own state stands", _LEADS[0] + "\n\n" + text, expected, forbidden=(forbidden,))
    for text, expected, forbidden in (
        ("Belarusian Foreign Minister Anna Brest said the engineer had confessed.",
         ("Anna Brest", "HOLDS_POSITION", "Belarus"), ("Anna Brest", "HOLDS_POSITION", "Norway")),
        ("Norway's ambassador in Minsk, Pavel Orsha, was not allowed to attend.",
         ("Pavel Orsha", "HOLDS_POSITION", "Norway"), ("Pavel Orsha", "HOLDS_POSITION", "Belarus")),
    )
]
