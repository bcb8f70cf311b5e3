"""A bare diplomat's title (no state, no embassy, no remit) in a story of two states is the other side's
envoy, accredited to the story's state: the act done to the envoy, the title and where the name stands vary;
a recalled envoy, one sent "as ambassador to" a capital and an appointed one are not the other side's."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = ("OSLO, June 2 (Wire) - Norway accused Belarus on Monday of sending migrants across its northern border. "
         "Belarus denied the charge.\n\n")
_ACTS = ("Foreign Minister Kari Lund summoned {envoy} and demanded an explanation.",
         "Foreign Minister Kari Lund handed {envoy} a protest note.",
         "{Envoy} was handed a formal protest at the foreign ministry.",
         "Foreign Minister Kari Lund said after meeting {envoy} that the border would stay closed.")
_ENVOYS = ("the ambassador, Pavel Orsha,", "Ambassador Pavel Orsha", "the consul, Pavel Orsha,",
           "charge d'affaires Pavel Orsha")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


PROBES = [
    Probe("bare envoy of the other state", _LEAD + act.format(envoy=envoy, Envoy=_cap(envoy)).replace(",,", ","),
          ("Pavel Orsha", "HOLDS_POSITION", "Belarus"), forbidden=(("Pavel Orsha", "HOLDS_POSITION", "Norway"),))
    for act in _ACTS for envoy in _ENVOYS
] + [
    Probe("own envoy recalled, sent or appointed", _LEAD + text, ("", "", ""),
          forbidden=(("Pavel Orsha", "HOLDS_POSITION", "Belarus"),))
    for text in ("Norway recalled Ambassador Pavel Orsha for consultations.",
                 "The government appointed Pavel Orsha, a career diplomat, as ambassador to Minsk.",
                 "Norway will send Pavel Orsha as ambassador to Minsk.",
                 "Our ambassador, Pavel Orsha, will return to Oslo on Friday.")
]
