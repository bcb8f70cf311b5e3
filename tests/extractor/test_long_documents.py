"""Long documents: the passes that used to search the whole text once per name or sentence give the same
answers as those searches (speed itself is measured in benchmarks/bench_extraction.py)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from actorgraph.loaders.extractor.name_registry import _ACTING_BODY, _PLACE_NOUN, names_acting_as_bodies
from actorgraph.loaders.extractor.text import split_sentences


def reference(body: str, candidates: list[str]) -> set[str]:
    """The per-name regex searches that names_acting_as_bodies replaces."""
    return {name for name in candidates if (not re.search(
        rf"\b(?:in|near|at|into|across|outside|inside|around|through|on|of)\s+(?:the\s+)?{re.escape(name)}\b", body)
        or re.search(rf"\b{re.escape(name)}(?:['’]s)?\s+{_ACTING_BODY}", body))
        and not re.search(rf"\b{re.escape(name)}\s+{_PLACE_NOUN}", body)}


NAMES = ["Ves", "Vessa", "Ulmen", "Ulmen’s", "Corp.", "Q2"]
PIECES = NAMES + ["in", "the", "of", "forces", "leader", "’s", "province", "within", ",", ".", "said"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", "  "])), max_size=12),
       st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
@example([("in", " "), ("Vessa", " ")], ["Ves"])  # a name that is the start of a longer word is not there
@example([("in", " "), ("Ulmen’s", " "), ("forces", "")], ["Ulmen’s"])  # a name ending in "’s" has forces too
@example([("in", " "), ("the", " "), ("Vessa", "")], ["the"])  # the optional article is optional
@example([("Corp.", " "), ("province", "")], ["Corp."])
def test_names_acting_as_bodies_agrees_with_the_per_name_search(pieces: list[tuple[str, str]],
                                                                 candidates: list[str]) -> None:
    body = "".join(p + g for p, g in pieces)
    assert names_acting_as_bodies(body, candidates) == reference(body, candidates)


def test_a_name_in_a_place_phrase_is_out_unless_it_has_forces() -> None:
    body = "Talks were held in Tarvos. Vessa forces fired on Vessa's rivals near Vessa. Ulmen province voted."
    assert names_acting_as_bodies(body, ["Tarvos", "Vessa", "Ulmen", "Idra"]) == {"Vessa", "Idra"}


@given(st.lists(st.sampled_from(["Alpha met Beta.", "Gamma", "\n\n", "\n", " ", "It said so!", "Dr. Ro left."]),
                max_size=40))
def test_sentence_paragraph_numbers_count_the_blank_lines_before(parts: list[str]) -> None:
    text = "".join(parts)
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    for s in split_sentences(text):
        assert s.paragraph == sum(1 for b in breaks if b < s.start)
