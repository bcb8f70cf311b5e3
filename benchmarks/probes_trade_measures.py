"""Trade and economic measures in real-news shapes: tariffs, duties, export curbs, import bans and embargoes on a
state's goods ("imposed tariffs on Chilean copper"), asset freezes, halted supplies of gas, oil or power, and aid that
is blocked, vetoed or withheld.

Conventions (development gold): a duty or curb on a state's goods is SANCTIONS against that state ("retaliatory duties
on Indonesian goods", "curbs on Paraguayan beef imports"); a halted gas supply was annotated COERCES, so for cut
supplies only the wrong reading is forbidden (AIDS: the supply is what stopped); aid that another party blocks or
vetoes never flowed, so its donor AIDS the recipient only as a hypothetical (as "vetoed new EU sanctions on X").
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SUBJECTS = (("Peru", "Peru"), ("The European Union", "European Union"), ("The United States", "United States"),
             ("India", "India"))
_GOODS = (("Chilean copper", "Chile"), ("Chinese electric vehicles", "China"), ("Canadian steel", "Canada"),
          ("Brazilian beef", "Brazil"))
_MEASURES = ("imposed tariffs on", "slapped tariffs on", "imposed anti-dumping duties on", "raised tariffs on",
             "announced new duties on", "imposed export controls on", "imposed an import ban on", "banned imports of",
             "imposed a 25% tariff on", "hit {goods} with tariffs", "imposed an embargo on")


def _measure(verb: str, goods: str) -> str:
    return verb.replace("{goods}", goods) if "{goods}" in verb else f"{verb} {goods}"


PROBES = [
    Probe("trade measure on a state's goods", f"{subj} {_measure(verb, goods)} on Tuesday.", (src, "SANCTIONS", state),
          forbidden=((src, "AIDS", state), (src, "ATTACKS", state)))
    for subj, src in _SUBJECTS for goods, state in _GOODS for verb in _MEASURES
]

_SUPPLIERS = (("Russia's Gazprom", ("Gazprom", "Russia")), ("Russia", ("Russia",)), ("Ukraine", ("Ukraine",)),
              ("Algeria", ("Algeria",)))
_CUTS = ("halted gas supplies to", "cut off gas supplies to", "stopped oil deliveries to", "suspended electricity exports to",
         "halted grain shipments to", "cut gas flows to", "slashed gas supplies to")
_RECEIVERS = ("Moldova", "Hungary", "Spain")

PROBES += [
    Probe("halted supply to a state", f"{subj} {cut} {rec} on Monday.", ("", "", ""),
          forbidden=tuple((s, "AIDS", rec) for s in srcs))
    for subj, srcs in _SUPPLIERS for cut in _CUTS for rec in _RECEIVERS if rec != subj
]

_BLOCKERS = ("Hungary", "Slovakia", "The United States")
_BLOCKS = (("blocked EU aid to", "EU"), ("vetoed EU aid to", "EU"), ("blocked European Union aid to", "European Union"),
           ("blocked a European Union aid package for", "European Union"), ("held up EU funding for", "EU"),
           ("blocked U.S. military aid to", "United States"))
_RECIPIENTS = ("Ukraine", "Moldova", "Georgia")

# the aid was proposed and kept from flowing: hypothetical, as "vetoed new EU sanctions on X" is
PROBES += [
    Probe("blocked or withheld aid", f"{blk} {verb} {rec} on Thursday.", (donor, "AIDS", rec), status="hypothetical",
          forbidden=((donor, "SANCTIONS", rec),))
    for blk in _BLOCKERS for verb, donor in _BLOCKS for rec in _RECIPIENTS
    if not (blk == "The United States" and donor == "United States")
]

_FREEZERS = (("Russia", "Russia"), ("China", "China"), ("The European Union", "European Union"))
_FREEZES = ("froze the assets of", "imposed an asset freeze on", "froze the bank accounts of", "hit back with an asset freeze on")
_OWNERS = (("the Iranian central bank", "Iran"), ("Venezuela's state oil company", "Venezuela"))

PROBES += [
    Probe("asset freeze on a state's body", f"{subj} {verb} {owner} on Friday.", ("", "", ""),
          forbidden=((src, "AIDS", state), (src, "ATTACKS", state)))
    for subj, src in _FREEZERS for verb in _FREEZES for owner, state in _OWNERS
]
