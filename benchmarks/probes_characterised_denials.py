"""A denial told by characterising the accusations ("called the accusations baseless") answers a charge against the
denier's side, not whichever accusation came last (round 31, discourse_partners: the wire case of a lawyer's charge
against the accusing state); negatives: the latest accusation, made by a third party against the accuser."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CHARGES = ("Chile accused Peru of arming the rebels.", "Chile accused Peru of hosting the plotters.",
            "Chile's interior ministry said Peru had financed the plot.")
_INTERVENING = ("The detained captain's lawyer, Marco Diaz, said Chile had tortured his client.",
                "The lawyer Marco Diaz accused Chile of mistreating his client.")
_DENIALS = ("Peru's foreign ministry called the accusations \"baseless and dangerous\".",
            "Peru called the accusations baseless.", "Peru's government called the allegations \"pure fabrication\".")

PROBES = [
    Probe("characterised denial answers the charge against the denier's side", f"{charge} {between} {denial}",
          ("Peru", "DENIES", "Chile"), forbidden=(("Peru", "DENIES", "Marco Diaz"),))
    for charge in _CHARGES for between in _INTERVENING for denial in _DENIALS
]
