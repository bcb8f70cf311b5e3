"""A defence lawyer's quote about a ruling accuses the court that gave it, not a foreign state that also wants the
client tried (round 30: "This is a political decision," the lawyer said, after a rival extradition request)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_COURTS = (("SOFIA", "Sofia City Court", "Russian Prosecutor General's Office", "Russia"),
           ("VIENNA", "Vienna Regional Court", "Kazakh Prosecutor General's Office", "Kazakhstan"),
           ("ATHENS", "Athens Appeals Court", "Turkish Justice Ministry", "Turkey"))
_RULED = ("ruled on Thursday that a businessman, Pavel Orlov, can be extradited to the United States",
          "approved on Thursday the extradition of a businessman, Pavel Orlov, to the United States")
_QUOTES = ('"This is a political decision dressed up as a legal one. My client is innocent," he said.',
           '"The verdict ignores every fact we put before the judges," he said.',
           '"We will fight this ruling," he told reporters.')
_LAWYERS = ("Defence lawyer Ivan Petkov", "The defence lawyer, Ivan Petkov,")

PROBES = [
    Probe("a defence lawyer's quote on a ruling accuses the court",
          f"{city} — The {court} {ruled}.\n\nA week later the {rival} sent its own extradition request, accusing "
          f"Orlov of fraud. {lawyer} said his client would appeal to the Supreme Court. {quote}",
          ("Ivan Petkov", "ACCUSES", court), forbidden=(("Ivan Petkov", "ACCUSES", state),))
    for city, court, rival, state in _COURTS for ruled in _RULED for quote in _QUOTES for lawyer in _LAWYERS
]
