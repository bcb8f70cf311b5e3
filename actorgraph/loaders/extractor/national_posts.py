"""A post with a state named by its demonym in an apposition, after the name or before it: "X, a Brazilian
diplomat," / "X, the Algerian foreign minister," / "an Azerbaijani security officer, X" -> X HOLDS_POSITION
Brazil / Algeria / Azerbaijan; "X, the Malian president," -> X LEADS Mali. Portfolio words may stand between
the demonym and the post ("the Nigerian interior minister")."""

from __future__ import annotations

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_STATE_POSTS = frozenset("diplomat official minister envoy ambassador officer general lawmaker legislator senator mp "
                         "prosecutor judge spokesman spokeswoman spokesperson negotiator consul attaché attache "
                         "secretary commissioner governor".split())
_HEADS = frozenset("president premier king queen emir sultan".split())  # "the Malian president": the head of state
_DETS = ("a", "an", "the")
_AFTER_POST = frozenset({",", ".", ";", "who", "and", "said", "says", "told", "was", "is", "has", "had"})
_FREE_WORDS = 2  # portfolio words between the demonym and the post: "natural resources minister"


def national_post(sent: Sentence, m: Mention) -> tuple[str, str] | None:
    """(state entity key, relation type) of a demonym post in apposition to ``m``, if any."""
    toks = sent.tokens
    k, j = m.j, (m.title_i if m.title_i is not None else m.i) - 1  # the tokens right after and right before
    after = k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].lower in _DETS
    if not after and (j < 1 or toks[j].text != ","):
        return None
    words = [t.text for t in toks]
    if after:  # "X, the Algerian foreign minister,"
        hit = _demonym_post(words, k + 2, len(toks), words[k + 1].lower())
        if hit and hit[2] < len(toks) and (words[hit[2]] in _AFTER_POST or words[hit[2]].lower() in _AFTER_POST):
            return hit[0], hit[1]
    if j < 1 or toks[j].text != ",":
        return None
    for d in range(max(0, j - 6), j - 1):  # "an Azerbaijani security officer, X"
        if words[d].lower() in _DETS:
            hit = _demonym_post(words, d + 1, j, words[d].lower())
            if hit and hit[2] == j:
                return hit[0], hit[1]
    return None


def _demonym_post(words: list[str], i: int, end: int, det: str) -> tuple[str, str, int] | None:
    """From word ``i`` (after the determiner): optional lower-case words ("senior"), a demonym, optional
    portfolio words, a post. Returns (state key, relation, index after the post)."""
    lex = lexicon()
    for d in range(i, min(i + 3, end)):
        c = lex.country_at(words, d)
        if c and c[1].role == "demonym":
            for r in range(d + c[0], min(d + c[0] + _FREE_WORDS + 1, end)):
                word = words[r].lower()
                head = word in _HEADS and det == "the" and r == d + c[0]
                if word in _STATE_POSTS or head:
                    state = f"Country:{normalize_name(c[1].country)}"
                    return state, "LEADS" if head else "HOLDS_POSITION", r + 1
                if not words[r].islower():
                    return None
            return None
        if not words[d].islower():
            return None
    return None
