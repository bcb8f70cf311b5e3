"""A capitalised run that is wholly a country, its capital or seat ("the Kremlin") or a demonym: the country, the
body the seat stands for ("urged Brussels": the EU), the group the demonym names, or nothing where the place only
describes what follows ("the Washington-based group", "a Riga shipping company"). Split from capitalised_runs.py,
whose ``classify_run`` hands such runs here."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.collective import GROUP_STOP, demonym_mention, firms_end
from actorgraph.loaders.extractor.lexicon import CountryForm, Lexicon
from actorgraph.loaders.extractor.run_words import PLACE_PREPS, PLACE_TAILS, STATE_BODY_NOUNS, WARSHIPS
from actorgraph.loaders.extractor.text import Sentence

# capitals written like an English word once their accents are dropped ("Male" for Malé): at a sentence's start
# only a verb after them makes them the capital
_WORD_SEATS = frozenset(("male",))
_OPENERS = frozenset(("-", "—", "–", '"', "“", "("))  # a dateline's dash, a quotation's opening: a sentence opens
_OPENING_VERB = re.compile(r"[a-z]+ed|has|had|have|is|was|says|said|will|would|could|may|must|should|did|does|"
                           r"wants|insists|rejects|denies|demands|accuses|warns|urges")


def country_run(lex: Lexicon, sent: Sentence, words: list[str], lower: list[str], i: int, j: int, form: CountryForm,
                add) -> int:  # type: ignore[no-untyped-def]
    """The run words[i:j] is wholly a country, its capital or seat ("the Kremlin") or a demonym, as the lexicon's
    ``form`` reads it; returns the index to continue from (``classify_run``'s contract)."""
    n = len(words)
    k = j
    if form.role == "demonym":
        return demonym_mention(lex, words, lower, i, j, form.country, add, sent.headline)
    if form.role == "seat" and lower[i] in _WORD_SEATS and (i == 0 or words[i - 1] in _OPENERS) \
            and not (j < n and _OPENING_VERB.fullmatch(lower[j])):
        return j  # "Male voters turned out": an adjective, not the Maldives' capital (that is "Male said ...")
    if form.role == "seat" and (body := lex.body_seats.get(tuple(words[i:j]))):
        if not (i > 0 and lower[i - 1] in PLACE_PREPS | {"from", "to", "via"}):  # "met in Brussels": a place
            add(i, j, body, "Organization", "seat")  # "urged Brussels to ...": the EU, not Belgium
        return j
    if j < n and lower[j] in PLACE_TAILS and sent.text[sent.tokens[j - 1].end - sent.start :].startswith("-"):
        return j  # "the Washington-based group", "a Panama-flagged tanker": only where it is
    if i > 0 and lower[i - 1] in ("a", "an") and j < n and words[j].islower() and lower[j] not in GROUP_STOP \
            and lower[j] not in STATE_BODY_NOUNS and lower[j] not in WARSHIPS:
        return j  # "a Lagos-based firm", "a Riga shipping company": the place only describes the noun (not "a
        # U.S. warship": a state's own)
    if form.role == "name" and not sent.headline and (f := firms_end(words, lower, j)) is not None:
        add(i, f, " ".join(words[i:f]), "Group", "group", country=form.country)
        return f  # "sanctioned Hong Kong firms": the firms, not the territory
    if k + 1 < n and words[k] in ("'s", "’s"):
        s = lex.phrase_at(lex.state_nouns, lower, k + 1)
        after = lower[k + 1 + s] if k + 1 + s < n else ""
        if s and (words[k + 1].islower() or not (words[k + 1 + s : k + 2 + s] and words[k + 1 + s][:1].isupper())
                  and after not in ("of", "for")):  # "China's military", "Sudan's Foreign Ministry said", not
            # "Taiwan's Ministry of ..." or "Israel's Army Radio": a body's own name
            add(i, j, form.country, "Country", "country")
            return k + 1 + s
    add(i, j, form.country, "Country", "country")
    return j
