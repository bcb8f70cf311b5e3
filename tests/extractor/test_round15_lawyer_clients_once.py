"""Round 15: a document's lawyers and their clients are found once, for the quoted statements and for the
discourse step that gives a lawyer's denial its adversary. Sentences invented for this test."""

from __future__ import annotations

import subprocess
import sys

import pytest

from actorgraph.loaders.extractor import discourse, extractor, native
from actorgraph.loaders.extractor.defence_lawyers import lawyer_clients


def test_lawyer_clients_computed_once_per_document(extract, monkeypatch: pytest.MonkeyPatch):
    if native.is_compiled(extractor):  # compiled calls are bound early: count them in a pure-Python run
        test = f"{__file__}::test_lawyer_clients_computed_once_per_document"
        run = subprocess.run([sys.executable, "-X", "extractor=pure", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              test], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout
        return
    calls = []

    def counted(*args):
        calls.append(1)
        return lawyer_clients(*args)

    monkeypatch.setattr(extractor, "lawyer_clients", counted)
    monkeypatch.setattr(discourse, "lawyer_clients", counted, raising=False)
    r = extract("Latvian police detained the journalist Edgars Ozols in Riga on Monday. Ozols's lawyer, Ilze Kalna, "
                "denied that he had leaked any state secret.")
    assert ("Ilze Kalna", "DENIES", "Latvia") in r.triples
    assert len(calls) == 1
