"""Round 15: the layout of scraped and wire text — hard-wrapped lines, unusual spaces, words hyphenated across a
line end — must not cost a relation its plain wording finds (invented sentences)."""

from __future__ import annotations

import datetime as dt

from actorgraph.graph.model import Document
from actorgraph.loaders.extractor.extractor import RuleBasedExtractor
from actorgraph.loaders.extractor.text import plain_text, split_sentences


def _found(text: str) -> set[tuple[str, str, str, str]]:
    e = RuleBasedExtractor().extract(Document(text=text, published=dt.date(2025, 11, 25)))
    names = {a.id: a.name for a in e.actors}
    return {(names[r.source], r.type, names[r.target], r.date.isoformat() if r.date else "") for r in e.relations}


def test_a_line_going_on_in_lower_case_continues_the_sentence() -> None:
    text = "Chile sanctioned Peru's\ntrade minister, Ilse Marrow, on Tuesday."
    assert ("Chile", "SANCTIONS", "Ilse Marrow", "2025-11-25") in _found(text)


def test_a_line_ending_in_a_preposition_continues_the_sentence_but_a_title_case_headline_ends() -> None:
    assert [s.text for s in split_sentences("Chile held talks with\nPeru on Tuesday.")] == \
        ["Chile held talks with\nPeru on Tuesday."]
    sents = split_sentences("Chile Talks Tough With\nPeru held talks on Tuesday.")
    assert sents[0].headline and sents[0].text == "Chile Talks Tough With"


def test_a_hard_wrapped_record_keeps_its_relations() -> None:
    text = ("Tensions rose along the border this week as both armies moved\nartillery forward. Chile accused "
            "Peru of shelling border villages\non Tuesday, and Foreign Minister Ana Duarte met Peru's\nPresident "
            "Luis Quispe later that day in a bid to calm the\nsituation. Officials in both capitals declined to "
            "comment.")
    found = _found(text)
    assert ("Chile", "ACCUSES", "Peru", "2025-11-25") in found
    assert any(r[:3] == ("Ana Duarte", "MEETS_WITH", "Luis Quispe") for r in found)


def test_unusual_spaces_and_double_spaces_are_read_as_one_space() -> None:
    for text in ("Chile\u00a0held\u00a0talks\u00a0with Peru on Tuesday.", "Chile  held  talks  with  Peru on Tuesday.",
                 "Chile held talks with Peru on Tuesday.\u200b"):
        assert ("Chile", "NEGOTIATES_WITH", "Peru", "2025-11-25") in _found(text), text


def test_a_word_hyphenated_at_a_line_end_is_joined() -> None:
    assert ("Chile", "SANCTIONS", "Peru", "2025-11-25") in _found("Chile sanc-\ntioned Peru on Tuesday.")


def test_plain_text_maps_its_offsets_back_and_evidence_quotes_the_document() -> None:
    raw = "Chile  sanc-\ntioned\u00a0Peru on Tuesday."
    text, origin = plain_text(raw)
    assert text == "Chile sanctioned Peru on Tuesday."
    assert origin is not None and raw[origin[text.index("Peru")]:].startswith("Peru")
    e = RuleBasedExtractor().extract(Document(text="Talks failed.  " + raw, published=dt.date(2025, 11, 25)))
    ev = e.relations[0].evidence
    assert ev.start is not None and ev.sentence == raw == ("Talks failed.  " + raw)[ev.start:ev.end]


def test_plain_text_leaves_plain_text_alone_and_keeps_a_compound_at_a_line_end() -> None:
    assert plain_text("Chile sanctioned Peru.") == ("Chile sanctioned Peru.", None)
    assert plain_text("the pro-\nRussian party")[0] == "the pro-\nRussian party"
