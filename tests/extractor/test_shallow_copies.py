"""Mention, RawRelation and Sentence write out their ``__init__`` (fast when compiled), so ``copy.copy`` goes
through their ``__copy__``: the rules copy mentions and relations to make a twin with one field changed. The copy
must equal the original, be a new object, and share its lists and dicts as a shallow copy does, in the pure and
the compiled build alike (the compiled build failed on ``copy.copy`` before ``__copy__`` was written)."""

from __future__ import annotations

import copy

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import split_sentences


def test_a_mention_copy_is_equal_new_and_shares_its_also_list():
    m = Mention(0, 2, 10, 22, "the two sides", "Chile", "Country", "pair", country="Chile", possessive=True,
                entity="chile", also=["Peru"])
    twin = copy.copy(m)
    assert twin == m and twin is not m
    assert twin.also is m.also
    twin.name = "Bolivia"
    assert m.name == "Chile"


def test_a_relation_and_a_sentence_copy_are_equal_new_and_shallow():
    sentence = split_sentences("Chile recalled its ambassador from Lima on Monday.")[0]
    r = RawRelation("Chile", "PROTESTS", "Peru", sentence, 6, "recalled", RelationStatus.ALLEGED, 0.6,
                    implicit=True, props={"via": "test"})
    twin = copy.copy(r)
    assert twin == r and twin is not r
    assert twin.props is r.props and twin.sentence is r.sentence
    twin.target = "Bolivia"
    assert r.target == "Peru"
    s_twin = copy.copy(sentence)
    assert s_twin == sentence and s_twin is not sentence and s_twin.tokens is sentence.tokens
