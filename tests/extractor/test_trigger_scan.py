"""The one-pass document scan of trigger patterns finds exactly what scanning each sentence finds."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.loaders.extractor.lexicon import Trigger, lexicon
from actorgraph.loaders.extractor.text import Sentence, split_sentences, tokenize
from actorgraph.loaders.extractor.trigger_scan import document_trigger_hits, sentence_trigger_hits

PHRASES = [
    "The ministry imposed sanctions on", "talks with", "accused", "of plotting against", "met with",
    "denied the charges.", "warned that it would retaliate", "arrested", "opened talks.", "held",
    "negotiations", "Officials said", "the rebels", "Kenya", "on Monday.", "and", ",", "to", "by",
    "Mr. Ortiz", "designated", "as a terrorist group", "called on", "threatened", "was sanctioned",
]


def _same_as_sentence_scan(text: str) -> None:
    lex = lexicon()
    sentences = split_sentences(text)
    got = document_trigger_hits(text, sentences, lex)
    assert got == [sentence_trigger_hits(s.text.lower(), lex) for s in sentences]


def test_matches_that_would_run_across_a_sentence_end_are_rescanned():
    # "opened talks." ends one sentence; a pattern allowed to run on ("talks with") must not take the next
    _same_as_sentence_scan("The two governments opened talks. With Brazil watching, the army arrested ten men. "
                           "Rebels were accused. Of the prisoners, six were freed.")


def test_a_pattern_that_can_cross_a_sentence_end_keeps_sentence_semantics():
    # no shipped pattern crosses a sentence end today; one that could must not see the next sentence
    crossing = Trigger("THREATENS", re.compile(r"warned\W+\w+"), "verb", "", False, False, None, 0.5)
    lex = dataclasses.replace(lexicon(), triggers=[crossing, *lexicon().triggers[:5]])
    text = "The envoy warned. Nobody listened. Then the minister warned rivals twice."
    sentences = split_sentences(text)
    got = document_trigger_hits(text, sentences, lex)
    assert got == [sentence_trigger_hits(s.text.lower(), lex) for s in sentences]
    assert [len([h for h in hits if h[2] is crossing]) for hits in got] == [0, 0, 1]


def test_a_headline_sentence_is_scanned_on_its_own():
    lex = lexicon()
    body = "Police detained the mayor on Friday."
    title = "Government imposes sanctions on port operator"
    sentences = [Sentence(title, 0, len(title), -1, -1, tokenize(title), headline=True), *split_sentences(body)]
    got = document_trigger_hits(body, sentences, lex)
    assert got[0] == sentence_trigger_hits(title.lower(), lex) and got[0]
    assert got[1:] == [sentence_trigger_hits(s.text.lower(), lex) for s in sentences[1:]]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_same_hits_as_scanning_sentence_by_sentence(words, rnd):
    sep = [" ", " ", " ", ". ", ".\n\n", "! "]
    _same_as_sentence_scan("".join(w + rnd.choice(sep) for w in words))
