"""The cheap checks that stand before (or for) a pattern must answer exactly as the pattern would: they make the
extractor faster, never different."""

from __future__ import annotations

import itertools
import random
import re

from actorgraph.loaders.extractor.arguments import prev_word
from actorgraph.loaders.extractor.patterns import NOUN_GUARD, noun_guarded
from actorgraph.loaders.extractor.state_agents import _AGENT_WORDS, _ANY_AGENT
from actorgraph.loaders.extractor.text import has_part, has_word, split_sentences, tokenize

# pieces that stress case folding, apostrophes, articles and odd whitespace
_PIECES = ["the", "The", "A", "an", " ", "  ", "\n", "\t", "\u00a0", "'s", "’s", "'", "’", ",", ".", "U.S.",
           "police", "POLICE", "Police-led", "army", "x", "é", "_", "1", "\u212a", "\u0130", "\u017f", "its", "no", "our", "His"]


def _strings(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9))) for _ in range(n)]


def _old_prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w'’]+)\W*(?:\b(?:the|a|an|our|its|their|his|her|my|your)\s+)?$", text[:pos], re.I)
    return m.group(1).lower() if m else ""


def test_prev_word_matches_the_plain_pattern() -> None:
    for text in _strings(4000) + ["Officials in Caracas said on Monday that " * 3 + "the", "x" * 70 + " ’s the  "]:
        for pos in range(len(text) + 1):
            assert prev_word(text, pos) == _old_prev_word(text, pos), (text, pos)


def test_noun_guarded_matches_the_pattern() -> None:
    for text in _strings(20000, seed=1):
        assert noun_guarded(text) == (NOUN_GUARD.search(text) is not None), text


def test_has_word_never_turns_away_a_sentence_the_pattern_matches() -> None:
    checked = 0
    # "ı" and "ſ" match "i" and "s" only case-insensitively: lower() keeps them, so has_word must not say no
    odd = ["Riot pol\u0131ce fired.", "\u017foldiers fired.", "The ARMY said so.", "The \u212aing's army"]
    for text in _strings(20000, seed=2) + odd:
        for sent in split_sentences(text) or []:
            if _ANY_AGENT.search(sent.text):
                assert has_word(sent, _AGENT_WORDS), sent.text
                checked += 1
    assert checked > 100


def test_has_word_and_has_part() -> None:
    for text in ("Riot pol\u0131ce fired.", "\u017foldiers fired."):
        assert _ANY_AGENT.search(text) and has_word(split_sentences(text)[0], _AGENT_WORDS)
    sent = split_sentences("Police-led raids, the Army said.")[0]
    assert has_word(sent, frozenset({"police"})) and has_word(sent, frozenset({"army"}))
    assert not has_word(sent, frozenset({"led raids"})) and not has_word(sent, frozenset({"arm"}))
    assert has_part("The ARMY said", ("army",)) and not has_part("The navy said", ("army",))
    # a character that matches an ASCII letter only case-insensitively: no quick "no"
    assert has_part("\u212aill", ("kill",)) and has_word(split_sentences("\u212aILLED.")[0], frozenset({"killed"}))


def test_tokens_keep_their_fields() -> None:
    tokens = tokenize("Maduro's Kong-registered U.S. ship", 10)
    assert [(t.text, t.start, t.end) for t in tokens] == [
        ("Maduro", 10, 16), ("'s", 16, 18), ("Kong", 19, 23), ("registered", 24, 34), ("U.S.", 35, 39),
        ("ship", 40, 44)]
    assert tokens[0].lower == "maduro" and tokens[0].is_cap and not tokens[3].is_cap
    assert len(set(itertools.chain(tokens, tokens))) == len(tokens)  # hashable, equal by value
