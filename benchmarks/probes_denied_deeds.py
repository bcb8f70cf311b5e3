"""A denial told as a deed the accused says they never did, round 25: "Peru accused X of bribing judges. X said he had
never paid anyone" -> X DENIES Peru; the latest claim answers it ("The Treasury said X had bankrolled ..."). Negatives:
a thought, plan or refusal ("did not expect", "would not resign", "had no plans"), a wrong done to the speaker ("had
not been told"), and a speaker no one accused."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSATIONS = ("Peru accused {who} of bribing judges on Monday.",
                "Peruvian prosecutors charged {who} with bribing judges on Monday.",
                "The United States sanctioned {who} on Monday over bribes paid to judges.")
_ACCUSERS = ("Peru", "Peru", "United States")
_PEOPLE = (("Juan Soto", "Soto", "he"), ("Ana Ruiz", "Ruiz", "she"))
_DEEDS = ("had never paid anyone", "never met the judges", "did not pay any bribes", "had done nothing wrong",
          "had no links to the judges", "had nothing to do with the payments", "had given no such money")
_SPEECH = ("said", "said on Tuesday", "said in a statement", "told reporters", "insisted")
_NOT_DEEDS = ("did not expect the case to go to trial", "would not resign", "had no plans to leave the country",
              "had not been told of the charges", "had not decided whether to appeal")

PROBES = [
    Probe("accused speaker says they never did it", f"{acc.format(who=full)} {short} {verb} {pron} {deed}.",
          (full, "DENIES", accuser))
    for acc, accuser in zip(_ACCUSATIONS, _ACCUSERS, strict=True) for full, short, pron in _PEOPLE
    for verb in _SPEECH for deed in _DEEDS[:4]
] + [
    Probe("wordings of a denied link or deed", f"Peru accused {full} of bribing judges. {short} said {pron} {deed}.",
          (full, "DENIES", "Peru"))
    for full, short, pron in _PEOPLE for deed in _DEEDS
] + [
    Probe("a company says it never did it", f"Peru accused Andean Mining of bribing judges. Andean Mining said {deed}.",
          ("Andean Mining", "DENIES", "Peru"))
    for deed in ("it had never paid anyone", "the company did not pay any bribes", "it had no links to the judges")
] + [
    Probe("the latest claim is answered",
          f"The United States sanctioned {full} on Monday. The Treasury Department said {short} had secretly bribed "
          f"judges. {short} said {pron} had never paid anyone.", (full, "DENIES", "Treasury Department"))
    for full, short, pron in _PEOPLE
] + [
    Probe("a thought, plan or wrong suffered is no denial", f"Peru accused {full} of bribing judges. {short} said {pron} "
          f"{deed}.", ("", "", ""), forbidden=((full, "DENIES", "Peru"),))
    for full, short, pron in _PEOPLE for deed in _NOT_DEEDS
] + [
    Probe("a speaker no one accused denies nothing", f"Peru and Chile met on Monday. {full} said {pron} had never "
          "visited Lima.", ("", "", ""), forbidden=((full, "DENIES", "Peru"), (full, "DENIES", "Chile")))
    for full, _, pron in _PEOPLE
]
