"""Trigger matches for a whole document at once.

Scanning every sentence with every trigger pattern cost about one regex call per trigger per sentence (90
patterns × 40 sentences per article), most of it call overhead on short strings. Here each pattern runs once
over the document and its matches are handed to the sentences they fall in. A match that runs across a
sentence end (or a sentence whose text is not a slice of the document, such as an inserted headline) is
scanned again within the sentence alone, so the result is the same as scanning sentence by sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from actorgraph.loaders.extractor.labelling_clauses import labelling_verb
from actorgraph.loaders.extractor.lexicon import Lexicon, Trigger
from actorgraph.loaders.extractor.patterns import NESTED_DROP, PHRASAL_BACK
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.trigger_starts import WordStarts

TriggerHit = tuple[int, int, Trigger]  # start, end (relative to the sentence), trigger


def triggers_to_try(lex: Lexicon, word_starts: WordStarts) -> list[int]:
    """Indexes, in order, of the triggers that may match the text of ``word_starts``: those with a head that begins
    one of its words, and those not indexed by head (the others find no word start to try)."""
    by_head = lex.triggers_by_head
    found = set(lex.triggers_unindexed)
    for head in word_starts.by_prefix.keys() & by_head.keys():
        found.update(by_head[head])
    return sorted(found)


def sentence_trigger_hits(low: str, lex: Lexicon) -> list[TriggerHit]:
    """Every trigger match in one lower-cased sentence (tried only at its word starts, as for a document)."""
    word_starts = WordStarts(low)
    triggers = lex.triggers
    return [(s, e, triggers[t]) for t in triggers_to_try(lex, word_starts)
            for s, e in triggers[t].spans(low, word_starts)]


def document_trigger_hits(text: str, sentences: Sequence[Sentence], lex: Lexicon) -> list[list[TriggerHit]]:
    """Per sentence, the same hits ``sentence_trigger_hits`` finds in it, from one pass per trigger."""
    low = text.lower()
    slices = [not s.headline and s.text == text[s.start : s.end] for s in sentences]
    in_doc = [k for k, ok in enumerate(slices) if ok]
    starts = [sentences[k].start for k in in_doc]
    hits: list[list[TriggerHit]] = [[] for _ in sentences]
    rescan: set[tuple[int, int]] = set()  # (sentence, trigger) pairs to scan within the sentence
    word_starts = WordStarts(low)
    for t in triggers_to_try(lex, word_starts):
        trig = lex.triggers[t]
        for s, e in trig.spans(low, word_starts):
            i = bisect_right(starts, s) - 1
            if i < 0:
                continue
            k = in_doc[i]
            sent = sentences[k]
            if s >= sent.end:
                continue  # between sentences
            if e > sent.end:  # runs into the next sentence: scan both on their own
                rescan.update((in_doc[j], t) for j in range(i, len(in_doc)) if sentences[in_doc[j]].start < e)
                continue
            hits[k].append((s - sent.start, e - sent.start, trig))
    for k, ok in enumerate(slices):
        if not ok:
            hits[k] = sentence_trigger_hits(sentences[k].text.lower(), lex)
    order = {id(trig): t for t, trig in enumerate(lex.triggers)} if rescan else {}
    for k, t in sorted(rescan):
        trig = lex.triggers[t]
        hits[k] = [h for h in hits[k] if h[2] is not trig]
        hits[k] += [(s, e, trig) for s, e in trig.spans(sentences[k].text.lower())]
        hits[k].sort(key=lambda h: order[id(h[2])])  # trigger order, as a sentence scan gives it
    return hits


_IN_FORCE = re.compile(r"\b(?:existing|current|remaining|standing)\s+$")


def kept_hits(low: str, spans: list[tuple[int, int]], lex: Lexicon,
              trigger_hits: list[TriggerHit] | None = None) -> list[TriggerHit]:
    """The trigger matches of one sentence that relation extraction uses: none inside a name ("Movimiento",
    "Guard"), each with its ``after`` condition met, and the longest where two of one type overlap (a trigger
    nested in a longer one of another type is dropped only when it names a part of it, NESTED_DROP)."""
    hits: list[TriggerHit] = []
    for s, e, trig in sentence_trigger_hits(low, lex) if trigger_hits is None else trigger_hits:
        if _overlaps_any(s, e, spans):
            continue
        if trig.after and not trig.after.search(low[e : e + 120]):
            continue
        if trig.type == "SUPPORTS" and low[s:e] == "back" and PHRASAL_BACK.search(low, max(0, s - 14), s):
            continue  # "would pay back", "hit back": a particle, not support
        if trig.type == "MEETS_WITH" and labelling_verb(low, s, e):
            continue  # "struck what the army called hideouts of X": a label, not a call
        hits.append((s, e, trig))
    # of two hits on one span, a noun whose context is checked first: "investigation" before " by X into Y" is the
    #   by-phrase noun trigger that names its preposition, not the verb pattern ("investigat\w+") matching the word
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2].form != "noun" or h[2].after is None))
    kept: list[TriggerHit] = []
    for h in hits:
        if not _overshadowed(h, kept, low):
            kept.append(h)
    return kept


def _overlaps_any(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``s``..``e`` overlaps one of ``spans`` (a loop: no generator for the few names of a sentence)."""
    for start, end in spans:
        if start < e and s < end:
            return True
    return False


def _overshadowed(h: TriggerHit, kept: list[TriggerHit], low: str) -> bool:
    """Whether a hit already kept overlaps ``h`` with the same type, or holds it and names a part of it
    (NESTED_DROP: "lifted sanctions on X" is no sanction; "the lifting of existing sanctions on X" names one)."""
    s, e, trig = h
    nested = False
    for ks, ke, kept_trig in kept:
        if kept_trig.type == trig.type and s < ke and ks < e:
            return True
        if ks <= s and e <= ke and (kept_trig.type, trig.type) in NESTED_DROP:
            nested = True
    return nested and not (trig.type == "SANCTIONS" and _IN_FORCE.search(low, max(0, s - 12), s))
