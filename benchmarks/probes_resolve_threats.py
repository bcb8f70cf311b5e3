"""Statements of resolve as threats, round 31: "X said it would use all means to protect its interests", "said it
would take every measure against Y", 'said X "will respond"' (the modal opening a quotation), "will not stand idle",
"would act again", "would continue to take every measure against Y" -> X THREATENS Y (Y named after the act, else
the party that acted against X before). Negatives: means and measures for one's own people ("take all measures to
ensure the safety of its citizens"), a statement that names no act held out."""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

_PARTIES = (("Pakistan", "India"), ("Armenia", "Azerbaijan"), ("Morocco", "Polisario Front"))
_NAMED = ("said it would take every measure against {y}",
          "said it would \"continue to take every measure\" against {y}",
          "said it would take all possible steps against {y}",
          "said it would use all means against {y}")
_BEFORE = "{y} expelled two {x_adj} diplomats on Monday. "
_UNNAMED = ("{x} said it would use all means to protect its interests.",
            "{x} said it would use \"all means guaranteed by international law\" to protect its territory.",
            "{x}'s foreign ministry said {x} \"will respond to protect its citizens.\"",
            "{x}'s defence minister said {x} would act again \"if necessary\".",
            "{x} said it \"will not stand idle\".")
_ADJ = {"Pakistan": "Pakistani", "Armenia": "Armenian", "Morocco": "Moroccan"}


def _the(y: str) -> str:
    return "the " + y if y.endswith("Front") else y


PROBES = [
    Probe("statement of resolve with a named target", f"{x} {w.format(y=_the(y))}.", (x, "THREATENS", y))
    for x, y in _PARTIES for w in _NAMED
] + [
    Probe("statement of resolve after the other side's act",
          capitalised(_BEFORE.format(y=_the(y), x_adj=_ADJ[x])) + w.format(x=x), (x, "THREATENS", y))
    for x, y in _PARTIES for w in _UNNAMED
] + [
    Probe("negative: means and measures for one's own people", text.format(x=x, y=_the(y)), ("", "", ""),
          forbidden=((x, "THREATENS", y),))
    for x, y in _PARTIES
    for text in ("{x} said it would take all measures to ensure the safety of its citizens in {y}.",
                 "{x} said it would use all means to help its citizens stranded by the floods.",
                 "{x} said it would take every step needed to reopen talks with {y}.")
]
