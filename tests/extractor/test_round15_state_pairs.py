"""Two states joined by a hyphen or en dash before a noun ("Ecuador-Uruguay talks", "Sino-Russian talks") are
two actors; the talks they head are talks between them, an agreement only when it is said to be reached or
signed. Hyphenated names stay whole."""

from __future__ import annotations

from actorgraph.loaders.extractor.extractor import RuleBasedExtractor
from benchmarks.probe_grid import Found, findings

EX = RuleBasedExtractor()


def _found(text: str) -> tuple[set[str], Found]:
    return findings(EX, text)


def test_hyphenated_pair_of_states_holds_talks() -> None:
    actors, found = _found("Ecuador-Uruguay fisheries talks resumed in Lisbon on Thursday.")
    assert {"Ecuador", "Uruguay"} <= actors
    assert ("Ecuador", "NEGOTIATES_WITH", "Uruguay") in found


def test_demonym_pair_and_initials() -> None:
    assert ("China", "NEGOTIATES_WITH", "Russia") in _found("The Sino-Russian talks ended on Thursday.")[1]
    assert ("Ecuador", "NEGOTIATES_WITH", "Uruguay") in _found("The Ecuadorian-Uruguayan dialogue began today.")[1]
    assert ("United States", "NEGOTIATES_WITH", "Mexico") in _found("US-Mexico border talks began in Tijuana.")[1]


def test_agreement_only_when_reached_or_signed() -> None:
    assert ("Ecuador", "AGREES_WITH", "Uruguay") in _found("An Ecuador-Uruguay fishing pact was signed in Quito.")[1]
    _, found = _found("The Ecuador-Uruguay truce collapsed in March.")
    assert not [k for k in found if k[1] == "AGREES_WITH"]


def test_hyphenated_names_stay_whole() -> None:
    actors, found = _found("Uruguay-Guinea-Bissau talks resumed on Thursday.")
    assert ("Uruguay", "NEGOTIATES_WITH", "Guinea-Bissau") in found and "Guinea" not in actors
    actors, _ = _found("Uruguay expelled the Ecuador-Uruguay Trade Council on Thursday.")
    assert "Ecuador-Uruguay Trade Council" in actors
    assert ("Bosnia and Herzegovina", "NEGOTIATES_WITH", "Serbia") in _found(
        "Bosnia-Herzegovina held talks with Serbia on Thursday.")[1]
