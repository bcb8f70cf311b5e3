"""Stances on a measure named with no article or after a quoted verb (round 21): "Lima rejected new sanctions on
Peruvian firms", 'said it "strongly protests" the sanctions' are aimed at whoever imposed the sanctions, never at the
measure's patient; "calls for sanctions" are someone else's, not the measure."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_IMPOSERS = (("Canada", "Canada"), ("Washington", "United States"), ("Britain", "United Kingdom"))
_MODIFIERS = ("", "any ", "new ", "further ", "unilateral ", "any new ")
_FIRST = "{imp} imposed sanctions on three Peruvian mining firms on Friday. "

PROBES = [
    Probe("stance on a bare measure: rejection",
          _FIRST.format(imp=imp) + f"Peru rejected {mod}sanctions on Peruvian companies.",
          ("Peru", "REJECTS", name), forbidden=(("Peru", "REJECTS", "Peruvian companies"),))
    for imp, name in _IMPOSERS for mod in _MODIFIERS
] + [
    Probe("stance on a bare measure: rejection, no patient",
          _FIRST.format(imp=imp) + f"Lima said it rejected {mod}sanctions.", ("Peru", "REJECTS", name))
    for imp, name in _IMPOSERS for mod in _MODIFIERS
] + [
    Probe("stance on a measure after a quoted verb",
          _FIRST.format(imp=imp) + f"Peru's foreign ministry said it \"{verb}\" the sanctions.", ("Peru", rel, name))
    for imp, name in _IMPOSERS
    for verb, rel in (("strongly protests", "PROTESTS"), ("firmly rejects", "REJECTS"), ("condemns", "ACCUSES"))
] + [
    Probe("stance on a bare measure: no stance on the patient",
          f"{imp} imposed sanctions on Venezuela on Friday. Colombia {verb} sanctions on Venezuela.",
          ("", "", ""), forbidden=(("Colombia", rel, "Venezuela"),))
    for imp, _ in _IMPOSERS
    for verb, rel in (("backs", "SUPPORTS"), ("supports", "SUPPORTS"), ("criticised", "ACCUSES"),
                      ("condemned", "ACCUSES"), ("rejected", "REJECTS"))
] + [
    Probe("stance on a bare measure: calls for sanctions are not the sanctions",
          _FIRST.format(imp=imp) + f"Peru {verb} calls for sanctions from Chilean lawmakers.",
          ("", "", ""), forbidden=(("Peru", "REJECTS", name),))
    for imp, name in _IMPOSERS for verb in ("rejected", "dismissed")
]
