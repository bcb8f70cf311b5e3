"""A post with a state named by its demonym in an apposition: "X, a Brazilian diplomat," / "X, a senior
Ukrainian official," -> X HOLDS_POSITION Brazil / Ukraine."""

from __future__ import annotations

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_STATE_POSTS = frozenset("diplomat official minister envoy ambassador officer general lawmaker legislator senator mp "
                         "prosecutor judge spokesman spokeswoman spokesperson negotiator consul attaché attache "
                         "intelligence officer military officer army officer police officer civil servant".split())


def national_post(sent: Sentence, m: Mention) -> str | None:
    """ "X, a Brazilian diplomat," / "X, a senior Ukrainian official,": the state of the demonym, as entity key."""
    toks = sent.tokens
    k = next((x for x, t in enumerate(toks) if t.start >= m.end), None)
    if k is None or k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].text.lower() not in ("a", "an"):
        return None
    words = [t.text for t in toks]
    lex = lexicon()
    for d in range(k + 2, min(k + 5, len(toks))):
        c = lex.country_at(words, d)
        if c and c[1].role == "demonym":
            for r in range(d + c[0], min(d + c[0] + 2, len(toks))):
                if words[r].lower() in _STATE_POSTS and (r + 1 >= len(toks) or words[r + 1] in (",", ".", ";")
                                                          or words[r + 1].lower() in ("who", "and", "said", "was")):
                    return f"Country:{normalize_name(c[1].country)}"
                if not words[r].islower():
                    return None
            return None
        if not words[d].islower():
            return None
    return None
