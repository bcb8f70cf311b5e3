"""Round 15: a document's lawyers and their clients are found once, for the quoted statements and for the
discourse step that gives a lawyer's denial its adversary. Sentences invented for this test."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extractor import discourse, extractor
from actorgraph.loaders.extractor.defence_lawyers import lawyer_clients


def test_lawyer_clients_computed_once_per_document(extract, monkeypatch: pytest.MonkeyPatch):
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
