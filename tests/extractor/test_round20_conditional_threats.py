"""Round 20: a penalty the speaker holds over Y on an "if Y does not ..." / "unless Y ..." condition is a threat to
Y as well as a demand ("said Lima would consider all options if Chile refused to comply"); a promise on the same
condition, a request to a third party or a harm to someone else is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Peru's trade minister Ana Ruiz said Lima would consider all available options if Chile refused to comply.",
     "Ana Ruiz", "Chile"),
    ("Peru warned that it would act wherever necessary if the Chilean army did not withdraw from the border.",
     "Peru", "Chile"),
    ("Ana Ruiz said the bloc was prepared to take Chile to the International Court of Justice if the government "
     "did not amend the law.", "Ana Ruiz", "Chile"),
    ("Juan Perez said his clan would strike back unless the Kuda Front handed over the gunmen.",
     "Juan Perez", "Kuda Front"),
])
def test_a_conditional_penalty_is_a_threat_and_a_demand(extract, text, source, target) -> None:
    triples = extract(text).triples
    assert (source, "THREATENS", target) in triples
    assert (source, "DEMANDS", target) in triples


@pytest.mark.parametrize("text", [
    "Ana Ruiz said Peru would lift the sanctions if Chile released the prisoners.",
    "Ana Ruiz said Peru would resume talks if Chile did not insist on preconditions.",
    "Ana Ruiz said Peru would ask the United Nations to send observers if Chile did not respond within a week.",
    "Ana Ruiz said Peru would not reopen the border until Chile paid its debts.",
    "Peru offered to supply gas to Arica on condition that Chile released the activists.",
])
def test_a_promise_or_a_request_on_a_condition_is_no_threat(extract, text) -> None:
    assert not [t for t in extract(text).triples if t[1] == "THREATENS"], text


def test_a_harm_to_someone_else_threatens_that_one_only(extract) -> None:
    triples = extract("A rebel commander, Juan Perez, said Ana Ruiz would be shot if Chile did not pull its troops "
                      "out of the valley.").triples
    assert ("Juan Perez", "THREATENS", "Chile") not in triples
