"""Round 28: a party that says it is ready, willing or prepared to meet someone or to hold talks with them offers
them a meeting; readiness denied or only supposed, readiness "to negotiate", and a party named past "but" are no
offer to anyone."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("President Karl Mertens", "Karl Mertens"), ("Foreign Minister Ana Duarte", "Ana Duarte"))
_INVITEES = ("Tomas Berg", "the Shining Path", "Chile")
_NAMES = {"the Shining Path": "Shining Path"}
_READY = ("was willing to meet", "was ready to hold talks with", "was prepared to meet with",
          "stood ready to sit down with", "was ready to hold direct talks with")
_NOT_OFFERED = ("was not ready to hold talks with", "would be willing to meet", "was never willing to meet")

PROBES = [
    Probe("readiness to meet: an offer", f"{title} said on Monday he {r} {who} in Lima.",
          (name, "OFFERS", _NAMES.get(who, who)))
    for title, name in _SPEAKERS for who in _INVITEES for r in _READY
] + [
    Probe("readiness to meet: an offer, not past but", f"{title} said he {r} the Shining Path but not with Tomas Berg.",
          (name, "OFFERS", "Shining Path"), forbidden=((name, "OFFERS", "Tomas Berg"),))
    for title, name in _SPEAKERS for r in _READY[1:2] + _READY[4:]
] + [
    Probe("readiness to meet: denied or supposed", f"{title} said he {r} {who} in Lima.", ("", "", ""),
          forbidden=((name, "OFFERS", _NAMES.get(who, who)),))
    for title, name in _SPEAKERS for who in _INVITEES for r in _NOT_OFFERED
]
