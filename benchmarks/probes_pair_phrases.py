"""Wordings of "both sides" that a third party calls on (``pair_phrases.py``): "both of its neighbours", "both their
governments", "the warring parties", "the two rival factions", "urged the parties to ...": the two sides of the
dispute in progress are asked, not the caller. Forbidden: "the parties" that are no one's call ("the parties in
parliament criticised ...") stand for no side, and the caller is never one of the two."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DISPUTES = (("Ghana", "Togo", "Ghana accused Togo of detaining three Ghanaian soldiers near the border. Togo denied the "
                               "charge."),
             ("Sudan", "Rapid Support Forces", "Sudan's army and the Rapid Support Forces fought near Khartoum on "
                                               "Monday."),
             ("Colombia", "ELN", "Colombia's army and the ELN clashed in the north on Monday."))
_CALLERS = ("Nigeria", "The African Union", "Norway")
_PAIRS = ("the warring parties", "the two warring sides", "the rival factions", "the parties")
_STATE_PAIRS = ("both of its neighbours", "both their governments")  # (states only: the first dispute's)
_CALLS = ("urged {pair} to settle the dispute through dialogue.", "called on {pair} to agree a truce.",
          "pressed {pair} to return to talks.")


def _probe(story: str, caller: str, call: str, side: str) -> Probe:
    name = caller.removeprefix("The ")
    return Probe("both sides in other words, called on", f"{story} {caller} {call}", (name, "DEMANDS", side),
                 forbidden=((name, "DEMANDS", name),))


PROBES = [_probe(story, caller, call.format(pair=pair), side)
          for a, b, story in _DISPUTES for caller in _CALLERS for pair in _PAIRS for call in _CALLS for side in (a, b)]
PROBES += [_probe(_DISPUTES[0][2], "Nigeria", call.format(pair=pair), side)
           for pair in _STATE_PAIRS for call in _CALLS for side in _DISPUTES[0][:2]]
PROBES += [
    Probe("the parties that are no one's call", f"{story} Norway said the parties would meet in Oslo next week.",
          ("", "", ""), forbidden=(("Norway", "DEMANDS", a), ("Norway", "DEMANDS", b)))
    for a, b, story in _DISPUTES
]
