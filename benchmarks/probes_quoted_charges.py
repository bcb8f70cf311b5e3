"""A charge or a demand quoted with its speaker, round 23: '"Moscow is arming the separatists," Ukraine's foreign
minister said' (or 'X said: "Moscow is arming ..."') -> the speaker ACCUSES the subject of the quotation; '"Britain must release our sailors," X said'
-> X DEMANDS Britain. Negatives: the subject harmed or only hedged ("would never attack"), a wrong it fights
("by prosecuting smuggling cases"), an act of someone in a relative clause, a first-person quotation."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SIDES = (("Ukraine", "Russia", "Moscow"), ("Peru", "Chile", "Santiago"), ("Kenya", "Somalia", "Mogadishu"),
          ("Poland", "Belarus", "Minsk"))
_SPEAKERS = ("{s} said", "{s}'s foreign ministry said in a statement", "said {s}'s foreign minister, Ana Duarte",
             "Ana Duarte, {s}'s foreign minister, told reporters")
_CHARGES = ("{a} is arming the separatists in the east", "{a} has been smuggling weapons across the border for months",
            "{a} continues to bankroll the militias", "{a} is trying to destabilise our country",
            "{a} has violated the ceasefire three times this week")
_DEMANDS = ("{a} must withdraw its troops from the border", "{a} should release the detained fishermen at once",
            "{a} needs to stop the shelling now")


def _speaker(template: str, side: str) -> tuple[str, str]:
    """The attribution and the speaker's name as the extractor gives it (the minister is named when she speaks)."""
    return template.format(s=side), ("Ana Duarte" if "Ana Duarte" in template else side)


PROBES = [
    Probe("a quoted charge before its speaker", f'"{c.format(a=accused)}," {_speaker(t, side)[0]}.',
          (_speaker(t, side)[1], "ACCUSES", target))
    for side, target, alias in _SIDES for t in _SPEAKERS
    for c in _CHARGES for accused in (target, alias)
] + [
    Probe("a quoted demand before its speaker", f'"{d.format(a=target)}," {_speaker(t, side)[0]}.',
          (_speaker(t, side)[1], "DEMANDS", target))
    for side, target, _alias in _SIDES for t in _SPEAKERS for d in _DEMANDS
] + [
    Probe("a quoted charge in curly marks", f"“{c.format(a=target)},” {side}'s president, Luis Ortega, said.",
          ("Luis Ortega", "ACCUSES", target))
    for side, target, _alias in _SIDES for c in _CHARGES
] + [
    Probe("a quotation opened by its speaker's colon", f'{opener.format(s=side)}: "{c.format(a=target)}."',
          ("Ana Duarte" if "Ana Duarte" in opener else side, "ACCUSES", target))
    for side, target, _alias in _SIDES for c in _CHARGES
    for opener in ("{s}'s foreign minister, Ana Duarte, said", "{s} said in a statement",
                   "Ana Duarte, {s}'s foreign minister, told reporters in Geneva")
] + [
    Probe("a quoted demand opened by its speaker's colon", f'{side} said in a statement: "{d.format(a=target)}."',
          (side, "DEMANDS", target))
    for side, target, _alias in _SIDES for d in _DEMANDS
] + [
    Probe("negative: no charge in the quotation", text, ("", "", ""), forbidden=forbidden)
    for side, target, _alias in _SIDES
    for text, forbidden in (
        (f'"{target} would never attack us," {side} said.', ((side, "ACCUSES", target),)),
        (f'"{target} has been attacked by the rebels," {side} said.', ((side, "ACCUSES", target),)),
        (f'"{target} has made progress by prosecuting smuggling cases," {side} said.', ((side, "ACCUSES", target),)),
        (f'"{target} has sent a man to a prison that routinely tortures dissidents," {side} said.',
         ((side, "ACCUSES", target),)),
        (f'"{target} must be punished by the court," {side} said.', ((side, "DEMANDS", target),)),
        (f'"We are arming ourselves against {target}," {side} said.', ((side, "ACCUSES", target),)),
        (f'{side} said: "{target} would never attack us."', ((side, "ACCUSES", target),)),
        (f'{side} said: "{target} has been attacked by the rebels."', ((side, "ACCUSES", target),)),
    )
]
