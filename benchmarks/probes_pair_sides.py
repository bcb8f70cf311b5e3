"""Round 21: "both sides" read as the story's two sides, never as the third party that hosts, meets or calls on
them (a state, or an envoy of it), nor as two states cut out of a longer list."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORY = "Peru has fought the Red Dawn Front for a decade. The Red Dawn Front said on Monday it wanted talks. "
_CALLERS = (
    "Norway {act}.",
    "A Norwegian envoy, Kari Lund, said on Tuesday that Norway {act}.",
    "Norwegian envoy Kari Lund met leaders of the Red Dawn Front in Oslo and said Norway {act}.",
    "Norway, which has no troops in the region, {act}.",
)
_ACTS = (("offered to host both sides", "OFFERS"), ("urged both sides to agree a truce", "DEMANDS"),
         ("called on both sides to stop fighting", "DEMANDS"), ("offered to mediate between both sides", "OFFERS"))

PROBES = [
    Probe("the host of both sides is not a side", _STORY + caller.format(act=act), ("Norway", rel, side),
          forbidden=(("Norway", rel, "Norway"), ("Kari Lund", "MEETS_WITH", "Peru")))
    for caller in _CALLERS for act, rel in _ACTS for side in ("Peru", "Red Dawn Front")
] + [
    # two of a list of three states are not "the two sides"; a list ends at "and"
    Probe("no two sides cut out of a longer list",
          "Police in Peru detained forty members of the Andean Workers Party on Monday. The United States, Britain "
          f"and Spain urged Peru to respect the right to protest. The party said it would march. {speaker} urged "
          "the two sides to talk.", ("", "", ""),
          forbidden=((name, "DEMANDS", "United States"), (name, "DEMANDS", "United Kingdom")))
    for speaker, name in (("The Peruvian Episcopal Conference", "Peruvian Episcopal Conference"),
                          ("Brazil", "Brazil"), ("Ecuador's foreign minister, Ana Ruiz,", "Ana Ruiz"))
] + [
    Probe("a pair named as a list of two, with an apposition after it",
          f"Australia and New Zealand, Fiji's main partners, declined to comment. Both countries {verb} with Suva "
          "last year.", (side, rel, "Fiji"))
    for verb, rel in (("signed defence agreements", "AGREES_WITH"), ("held joint naval exercises", "COOPERATES_WITH"))
    for side in ("Australia", "New Zealand")
]
