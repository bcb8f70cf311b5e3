"""Whatever is donated to a party is aid to it ("would donate forty police vehicles and a laboratory to X",
"donated two patrol boats to X"), and goods the aid verbs already took now include vehicles, boats, helicopters,
tanks, vaccines, medicines and generators ("sent ten armoured vehicles to X"). A donation to no actor is no aid."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_GOODS = ("forty police vehicles and a forensic laboratory", "two patrol boats", "$3 million worth of radios",
          "a field hospital")

PROBES = [
    Probe("anything donated to a party", text.format(goods=goods), ("Japan", "AIDS", "Philippine Coast Guard"))
    for goods in _GOODS
    for text in ("Japan donated {goods} to the Philippine Coast Guard on Monday.",
                 "Japan said it would donate {goods} to the Philippine Coast Guard.",
                 "Japan, which is donating {goods} to the Philippine Coast Guard, denied any military aim.")
] + [
    Probe("goods sent to a party", f"Japan {verb} {goods} to the Philippine Coast Guard last year.",
          ("Japan", "AIDS", "Philippine Coast Guard"))
    for verb in ("sent", "delivered", "provided")
    for goods in ("ten armoured vehicles", "two helicopters", "a shipment of vaccines", "six generators")
] + [
    Probe("a donation to no actor", text, ("", "", ""), forbidden=(("Japan", "AIDS", "Peru"),))
    for text in ("Japan donated two patrol boats to the museum before its minister flew to Peru.",
                 "The tycoon donated his fortune to charity, Japan said, before fleeing to Peru.")
]
