"""A penalty the speaker holds over Y on an "if Y does not" / "unless Y" condition: a threat to Y ("said Lima would
consider all options if Chile refused to comply"); a promise or a request to a third party on the same condition is
none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Peru's trade minister Ana Ruiz said", "Ana Ruiz"), ("Peru warned that", "Peru"),
             ("The Kuda Front said", "Kuda Front"))
_PENALTIES = ("it would consider all available options", "it was prepared to take the dispute to court",
              "it would act wherever necessary", "it could impose tariffs on farm goods",
              "it would strike back")
_CONDITIONS = ("if {y} did not withdraw its troops", "if {y} refused to comply", "if {y} fails to pay",
               "unless {y} handed over the suspects")
_TARGETS = ("Chile", "the Nabi Brigade")
_PROMISES = ("it would lift the sanctions", "it would resume talks", "it would ask the United Nations to send monitors",
             "it would help rebuild the bridge")


def _bare(name: str) -> str:
    return name.removeprefix("the ")


PROBES = [
    Probe("conditional penalty as a threat", f"{said} {penalty} {cond.format(y=target)}.",
          (speaker, "THREATENS", _bare(target)))
    for said, speaker in _SPEAKERS for penalty in _PENALTIES for cond in _CONDITIONS for target in _TARGETS
] + [
    Probe("conditional promise is no threat", f"{said} {promise} {cond.format(y=target)}.", ("", "", ""),
          forbidden=((speaker, "THREATENS", _bare(target)),))
    for said, speaker in _SPEAKERS for promise in _PROMISES for cond in _CONDITIONS for target in _TARGETS
]
