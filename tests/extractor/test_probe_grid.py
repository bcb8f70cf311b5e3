"""The behavioural probes (benchmarks/probe_grid.py) as a regression guard: every probe holds except the known
gaps listed in benchmarks/probes_open.json, and that list is exact."""

from __future__ import annotations

from benchmarks.probe_grid import Probe, families, open_probes, probe_key, run


def test_every_probe_holds_except_the_known_gaps() -> None:
    failing = {probe_key(p): why for probes in families().values() for p, why in run(probes)}
    known = open_probes()
    broken = {k: why for k, why in failing.items() if k not in known}
    mended = sorted(set(known) - set(failing))
    assert not broken, f"probes that no longer hold: {broken}"
    assert not mended, ("probes that hold now: take them off benchmarks/probes_open.json "
                        f"(python -m benchmarks.probe_grid --write-open): {mended}")


def test_probe_keys_are_unique() -> None:
    keys = [probe_key(p) for probes in families().values() for p in probes]
    assert len(keys) == len(set(keys))


def test_a_probe_the_text_does_not_support_fails() -> None:
    wrong = Probe("guard", "Chile met Peru's foreign minister on Monday.", ("Peru", "SANCTIONS", "Chile"))
    assert run([wrong])
    right = Probe("guard", "Chile sanctioned Peru on Monday.", ("Chile", "SANCTIONS", "Peru"), status="asserted")
    assert not run([right])
