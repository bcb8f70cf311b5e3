"""Ties said to end, help given to hunt someone and populations hosted: a standing tie stopped is negated ("has stopped
cooperating with X"); help to locate or arrest X is no aid to X; hosting refugees or troops is no meeting (with the
plain wordings that must still hold)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CEASED = ("has stopped cooperating with", "stopped cooperating with", "ended its cooperation with",
           "ceased its security cooperation with", "has ended military coordination with", "quit cooperating with")
_SUPPORT_ENDED = ("withdrew its support for", "ended its backing for", "has withdrawn its support for")
_HUNTS = ("helped locate", "helped to locate", "helped arrest", "helped track down", "helped identify",
          "helped capture", "assisted in the arrest of", "helped find")
_HOSTED = ("hosts 300,000 Malian refugees", "has hosted more than a million displaced Malians",
           "hosts thousands of Malian asylum seekers", "hosts French troops", "hosts a French base")

PROBES = [
    Probe("a standing tie said to stop", f"Ghana {verb} Togo, officials said on Monday.",
          ("Ghana", "COOPERATES_WITH", "Togo"), status="negated")
    for verb in _CEASED
] + [
    Probe("support said to be withdrawn", f"Ghana {verb} Kofi Mensah after the vote.",
          ("Ghana", "SUPPORTS", "Kofi Mensah"), status="negated")
    for verb in _SUPPORT_ENDED
] + [
    Probe("a tie that holds stays asserted", f"Ghana {verb} Togo, officials said on Monday.",
          ("Ghana", "COOPERATES_WITH", "Togo"), status="asserted")
    for verb in ("cooperates with", "has worked closely with", "resumed cooperation with")
] + [
    Probe("help to hunt someone is no aid to him", f"Ghana's police shared intelligence that {verb} Kofi Mensah.",
          ("", "", ""), forbidden=(("Ghana", "AIDS", "Kofi Mensah"),))
    for verb in _HUNTS
] + [
    Probe("a population or garrison hosted is no meeting", f"Senegal {hosted}.",
          ("", "", ""), forbidden=(("Senegal", "MEETS_WITH", "Mali"), ("Senegal", "MEETS_WITH", "France")))
    for hosted in _HOSTED
] + [
    Probe("a visitor hosted is met", f"Senegal {hosted} on Monday.", ("Senegal", "MEETS_WITH", "Kofi Mensah"))
    for hosted in ("hosted Ghanaian Foreign Minister Kofi Mensah", "hosts Kofi Mensah")
] + [
    Probe("a denied reversal keeps the act", f"Ghana {verb} Togo.", ("Ghana", rel, "Togo"), status="asserted")
    for verb, rel in (("would not reconsider its designation of", "DESIGNATES"),
                      ("refused to drop its support for", "SUPPORTS"),
                      ("will not review its alliance with", "COOPERATES_WITH"),
                      ("has not withdrawn its support for", "SUPPORTS"))
]
