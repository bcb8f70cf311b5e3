"""What a run of one capitalised word is: initials of a body (not of a region, a clock or a body's descriptor),
a given name after a kin noun, or a short name that coref settles."""

from __future__ import annotations

from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.name_runs import ACRONYM as _ACRONYM
from actorgraph.loaders.extractor.name_shapes import modifies_a_body, time_zone
from actorgraph.loaders.extractor.run_context import plural_demonym
from actorgraph.loaders.extractor.run_words import INQUIRIES, KIN_NOUNS, PLACE_PREPS, REGION_PREPS
from actorgraph.loaders.extractor.text import Sentence

_A_PEOPLE = frozenset("people peoples community communities minority minorities majority population diaspora".split())

_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())


def _after_kin_noun(lower: list[str], i: int) -> bool:
    """Word ``i`` follows "X's son", "his wife," or "her brother": a kinsman named by the given name alone."""
    k = i - 1 if i > 0 and lower[i - 1] == "," else i
    return k > 1 and lower[k - 1] in KIN_NOUNS and lower[k - 2] in ("'s", "’s", "his", "her")


def single_word_run(lex: Lexicon, sent: Sentence, words: list[str], lower: list[str], i: int, j: int, add) -> int:  # type: ignore[no-untyped-def]
    """Classify the one-word capitalised run words[i:j] (``capitalised_runs.classify_run``); returns ``j``."""
    n = len(words)
    w = words[i]
    end = sent.tokens[j - 1].end - sent.start
    if _ACRONYM.match(w) and sent.text[end : end + 1] == "$":
        return j  # "HK$1 million": a currency, not an actor
    if _ACRONYM.match(w) and i > 1 and lower[i - 1] == "the" and lower[i - 2] in REGION_PREPS \
            and not lex.country_at(words, i):
        pass  # "cocaine production in the VRAEM": a region known by its initials, not a body
    elif _ACRONYM.match(w) and time_zone(words, i):
        pass  # "at 14:05 GMT": a clock's zone
    elif _ACRONYM.match(w) and modifies_a_body(words, lower, i, j):
        pass  # "the UN refugee agency, X", "the EU court": the body the initials describe is the actor
    elif _ACRONYM.match(w):
        add(i, j, w, "Organization", "acronym")
    elif plural_demonym(lex, w):
        pass  # "recognise Bulgarians as a minority": a people, not an actor
    elif j < n and lower[j] in _A_PEOPLE or i > 0 and lower[i - 1] == "ethnic":
        pass  # "terror against the Serb people", "the Uzbek minority", "ethnic Tajik traders": a people
    elif _after_kin_noun(lower, i):
        add(i, j, w, "Person", "name")  # "Al-Obeidi's son Khaled", "his wife, Leila": a given name
    elif i > 0 and lower[i - 1] in PLACE_PREPS and not (lower[i - 1] == "into" and i > 1 and lower[i - 2] in INQUIRIES):
        pass  # "in Gaza": a place (but "an investigation into Ortega", "a probe into X": the one looked into)
    elif i > 2 and lower[i - 1] == "the" and lower[i - 2] == "of" and lower[i - 3] in _COMPASS \
            and not (j < n and lower[j] in ("'s", "’s")):
        pass  # "positions south of the Tarqa": a river or region (not "north of the X's ...")
    elif i == 0 and j < n and words[j][:1].islower() and lower[j] in lex.connectors \
            and not (lower[j] in ("and", "or") and j + 1 < n and words[j + 1][:1].isupper()):
        pass  # (but "Hamas and Israel agreed ...": one of two parties, see single_names)
    else:
        add(i, j, w, None, "single")
    return j
