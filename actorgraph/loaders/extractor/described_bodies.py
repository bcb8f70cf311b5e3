"""Organisations introduced by a description: "Eramet, the French mining group whose ...", "Timor GAP, the
state oil company", "Kafue Basin Copper, a subsidiary of ...", "state miner Sopamin", "state utility
Electricite du Laos".

A capitalised name with no cue word of its own is otherwise a bare single word (kept only when coreference
finds it again) or is dropped because a place word sits in it ("Basin", "Port"). When the sentence itself says
what the name is (a company noun right before it, or an apposition after it), it is an organisation."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.collective import NAME_WORD
from actorgraph.loaders.extractor.dates import DATE_WORDS
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention, span_mention
from actorgraph.loaders.extractor.name_runs import ACRONYM
from actorgraph.loaders.extractor.patterns import AND_OR_GAP
from actorgraph.loaders.extractor.text import TOKEN_TEXT, Sentence, has_word, token_lowers

# heads of an apposition that makes the name before it a business or a body ("X, the French mining group")
_APPOSED_HEADS = frozenset("company firm group miner utility subsidiary operator producer lender bank conglomerate "
                           "giant major refiner developer carrier airline insurer broadcaster agency exporter "
                           "consortium".split())
# after which the apposition describes a person, not the body ("X, the company's chief", "a mining group executive")
_PERSON_AFTER = frozenset("director executive official officer owner founder spokesman spokeswoman chief member head "
                          "leader manager boss lawyer worker employee engineer adviser advisor chairman chairwoman "
                          "president 's ’s".split())
_PART_OF = frozenset("subsidiary unit affiliate".split())
# a descriptive noun right before a name ("state miner Sopamin", "oil major Shell")
_DESCRIPTOR_BEFORE = frozenset("miner utility major giant refiner developer".split())
# a sentence worth a look: an apposition, or a descriptor before a name (two patterns: the first one's leading comma
#   lets the engine skip ahead, and the second needs a descriptor word)
_QUICK_APPOSITION = re.compile(r",\s+(?:an?|the)\s")
_QUICK_DESCRIPTOR = re.compile(r"\b(?:" + "|".join(sorted(_DESCRIPTOR_BEFORE)) + r")\s+[A-Z]")
# lower-case words that may sit between the article and the head ("the state oil company", "a state-owned")
_MAX_MODIFIERS = 4


def described_bodies(sent: Sentence, lex: Lexicon, out: list[Mention]) -> list[Mention]:
    """Mark or add as organisations the names the sentence describes as a company or body."""
    if sent.headline or not (_QUICK_APPOSITION.search(sent.text) or has_word(sent, _DESCRIPTOR_BEFORE)
                             and _QUICK_DESCRIPTOR.search(sent.text)):
        return out
    toks = sent.tokens
    words = list(map(TOKEN_TEXT, toks))
    lower = token_lowers(sent)
    n = len(toks)
    for k in range(1, n - 2):
        if words[k] == "," and _apposed_head(lex, words, lower, k + 1):
            out = _mark(sent, lex, out, _run_before(lex, words, lower, k), k)
        elif lower[k] in _DESCRIPTOR_BEFORE and words[k].islower() and words[k + 1][:1].isupper():
            out = _mark(sent, lex, out, k + 1, _run_after(words, lower, k + 1))
    return out


def _apposed_head(lex: Lexicon, words: list[str], lower: list[str], a: int) -> bool:
    """ ", the French mining group whose", ", a subsidiary of": an apposition headed by a body noun."""
    n = len(words)
    if a >= n or lower[a] not in ("a", "an", "the"):
        return False
    for k in range(a + 1, min(a + 2 + _MAX_MODIFIERS, n)):
        if lower[k] in _APPOSED_HEADS and words[k].islower():
            after = lower[k + 1] if k + 1 < n else "."
            # "an alleged financial operator of the cartel": a person's role in a body; "a subsidiary of": a body
            return after not in _PERSON_AFTER and (after != "of" or lower[k] in _PART_OF)
        c = lex.country_at(words, k)
        if not (words[k].islower() and words[k].replace("-", "").isalpha() or c and c[1].role == "demonym"):
            return False
    return False


def _run_before(lex: Lexicon, words: list[str], lower: list[str], end: int) -> int:
    """The start of the capitalised name that ends right before token ``end``, or ``end`` if there is none."""
    i = end
    while i > 0 and (words[i - 1][:1].isupper() and (NAME_WORD.match(words[i - 1]) or ACRONYM.match(words[i - 1]))
                     or lower[i - 1] in lex.connectors and i - 1 > 0 and words[i - 2][:1].isupper()):
        i -= 1
    while i < end and (lower[i] in lex.connectors or lower[i] in lex.function_words):
        i += 1  # "In Washington, the ...": a capitalised preposition opening the sentence
    return i


def _run_after(words: list[str], lower: list[str], start: int) -> int:
    j = start
    while j < len(words) and (words[j][:1].isupper() and (NAME_WORD.match(words[j]) or ACRONYM.match(words[j]))
                              or lower[j] in ("du", "de", "des", "of", "la", "el") and j + 1 < len(words)
                              and words[j + 1][:1].isupper()):
        j += 1
    return j


def _mark(sent: Sentence, lex: Lexicon, out: list[Mention], i: int, j: int) -> list[Mention]:
    if j <= i or j - i > 6 or all(w.lower() in lex.function_words or w.lower() in DATE_WORDS
                                  for w in (t.text for t in sent.tokens[i:j])):
        return out
    inside = [m for m in out if m.i < j and i < m.j]
    if any(m.kind in ("Person", "Organization") or m.kind == "Country" and (m.i, m.j) == (i, j) or m.i < i
           or m.j > j for m in inside):
        return out  # already a body, a person's name (it may be one: "X, the party candidate"), a state, or part
        # of a longer name
    if len(inside) == 1 and (inside[0].i, inside[0].j) == (i, j) and inside[0].kind is None:
        inside[0].kind, inside[0].via = "Organization", "cue"
        return out
    m = span_mention(sent, i, j, sent.text[sent.tokens[i].start - sent.start : sent.tokens[j - 1].end - sent.start],
                     "Organization", "cue")
    return sorted([x for x in out if x not in inside] + [m], key=lambda x: x.start)


def coordinated_bodies(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "buying out ConocoPhillips and Shell", "access to Facebook and TikTok": a bare one-word name listed
    with an organisation is one too, unless it is part of a person's name in the document ("Sarmento and
    Woodside": a surname)."""
    person_words = {w for ms in mentions for m in ms if m.kind == "Person" for w in normalize_name(m.name).split()}
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        for a, b in zip(ms, ms[1:], strict=False):
            gap = sent.text[a.end - sent.start : b.start - sent.start]
            if not AND_OR_GAP.fullmatch(gap):
                continue
            for single, other in ((a, b), (b, a)):
                if single.via == "single" and single.kind is None and other.kind == "Organization" \
                        and normalize_name(single.name) not in person_words \
                        and not (other is a and _CONNECTED.search(a.name)):  # "Ministry of Energy and Mines"
                    # (a name with "of"/"for" in it may go on past "and": "Court of Bosnia and Herzegovina")
                    single.kind, single.via = "Organization", "cue"


_CONNECTED = re.compile(r"\s(?:of|for|and|on|to)\s", re.I)
