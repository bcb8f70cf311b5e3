"""Actor mentions in one sentence: the ``Mention`` type, and the scan that finds collective groups, pronouns,
definite and indefinite descriptions, vessels and capitalised runs (what a run is: ``capitalised_runs``).

Kinds left as ``None`` are resolved by ``coref`` against the rest of the document."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Final

from actorgraph.loaders.extractor.capitalised_runs import classify_run
from actorgraph.loaders.extractor.collective import BARE_CROWDS, CROWD_SIDES, NAME_WORD, group_at
from actorgraph.loaders.extractor.it_subjects import OPENING_ADVERBIAL, acting_verb_at
from actorgraph.loaders.extractor.lexicon import Lexicon, TitleInfo
from actorgraph.loaders.extractor.listed_bodies import body_pair_end
from actorgraph.loaders.extractor.name_extensions import known_as, with_name_qualifiers
from actorgraph.loaders.extractor.name_runs import ACRONYM as _ACRONYM
from actorgraph.loaders.extractor.name_runs import CAUSE_WORDS, capseq_end, cause_groups_end
from actorgraph.loaders.extractor.name_runs import PARTICLE as _PARTICLE
from actorgraph.loaders.extractor.name_shapes import (
    denied_claim,
    description_at,
    indefinite_org_at,
    shared_surnames,
)
from actorgraph.loaders.extractor.numbered_names import (
    add_numbered_body,
    day_first_body_end,
    numbered_end,
    numbered_vessel_end,
)
from actorgraph.loaders.extractor.object_pronouns import object_pronoun_context
from actorgraph.loaders.extractor.pair_phrases import pair_phrase_end
from actorgraph.loaders.extractor.run_context import RANK_ABBREVIATIONS as _RANK_ABBREVIATIONS
from actorgraph.loaders.extractor.run_context import RANK_PREFIXES as _RANK_PREFIXES
from actorgraph.loaders.extractor.run_words import OWNER_NOUNS as _OWNER_NOUNS
from actorgraph.loaders.extractor.text import TOKEN_TEXT, Sentence, token_lowers
from actorgraph.loaders.extractor.vessels import ship_anaphor_at, ship_object_at, vessel_name_here

_ORG_ADJECTIVES: Final = frozenset("regional rebel armed militant paramilitary separatist jihadist islamist insurgent "
                            "criminal western military political opposition".split())
# "the shadow government", "the exiled government": a body that calls itself a government, not the state's own
_RIVAL_GOVERNMENT: Final = frozenset("shadow exiled parallel".split())
_OPEN_QUOTES: Final = frozenset(('"', "“"))
_PREDICATIVE: Final = frozenset("as is was are were be been being become became remains remained like".split())
_PRONOUNS: Final = frozenset({"he", "she"})
_KIN_GROUPS: Final = frozenset({"family", "relatives"})
# "the firm protest", "its firm position": "firm" as an adjective before a noun of stance, no company
_FIRM_STANCE: Final = frozenset("protest protests position positions stance stand commitment support opposition rejection "
                         "condemnation belief conviction response line resolve determination message warning".split())
_STATE_AID: Final = frozenset("aid assistance support funding loans grants cooperation ties".split())  # "its military ..."
# "Members of the Teachers' Union said ...": a plural noun capitalised only because it opens the sentence
# (only nouns through which the body itself acts, as "members of the union" mid-sentence: not "leaders", "supporters")
_OPENING_MEMBERS: Final = frozenset("members officers officials fighters agents troops envoys soldiers commandos judges detectives "
                                    "investigators guards".split())
_OPENING_COUNSEL: Final = frozenset("lawyers attorneys counsel".split())
_PAIR: Final = re.compile(r"^(?:(?:both|(?:the|all) (?:two|three|four))\s+(?:sides|governments|countries|parties|nations|"
                   r"neighbours|neighbors|capitals|powers|states|allies)|each\s+(?:side|government|country|capital|army))$")
_PAIR_FIRST: Final = frozenset(("both", "the", "all", "each"))  # the words _PAIR can start with
_PAIR_OF_TWO_WORDS: Final = frozenset(("both", "each"))  # the first words of its matches of two words ("both sides")
_PAIR_SIZE: Final = {"both": 2, "two": 2, "three": 3, "four": 4}
_PAIR_PHRASE_FIRST: Final = frozenset(("both", "the"))  # the words pair_phrases' wordings start with
_BODY_PAIR_FIRST: Final = frozenset(("both", "the"))  # the words listed_bodies' pairs start with
# every lower-case word the scan in find_mentions does something at (with the lexicon's quantifiers and any word
# starting with a digit, upper-case letter or holding a hyphen): any other word it passes over, at once
_OPENING_WORDS: Final = (BARE_CROWDS | CROWD_SIDES | CAUSE_WORDS | _PAIR_FIRST | _RANK_ABBREVIATIONS | _RANK_PREFIXES | _KIN_GROUPS
                  | _PRONOUNS | _OPENING_MEMBERS | _OPENING_COUNSEL
                  | {"a", "an", "the", "all", "his", "her", "its", "their", "it", "them", "they"})

# "his resignation", "her release": the person whose resignation is meant is named before (after _ASKING_FOR)
_POSSESSED_ACT: Final = frozenset("resignation release arrest removal ouster dismissal impeachment prosecution extradition "
                           "trial detention expulsion".split())
_ASKING_FOR: Final = re.compile(r"for$|demand|sought$|seek|urg|order|press")  # "called for his resignation"


@dataclass(slots=True)
class Mention:
    i: int  # token span [i, j) within the sentence
    j: int
    start: int  # character span in the document
    end: int
    surface: str
    name: str
    kind: str | None  # Person | Organization | Country | Group | Vessel | None (to resolve)
    via: str
    title: TitleInfo | None = None
    title_i: int | None = None  # first token of a title before the name
    country: str | None = None  # demonym/country given with a title or group
    bare_state: bool = False  # "Ukrainian officials": stands for the state when acting
    possessive: bool = False
    entity: str | None = None  # entity key after resolution
    also: list[str] = field(default_factory=list)  # "both sides": the second actor meant

    # written out, not left to @dataclass: compiled (mypyc), a dataclass's own __init__ stays interpreted and costs
    #   some ten times as much, and a document makes hundreds of mentions
    def __init__(self, i: int, j: int, start: int, end: int, surface: str, name: str, kind: str | None, via: str,
                 title: TitleInfo | None = None, title_i: int | None = None, country: str | None = None,
                 bare_state: bool = False, possessive: bool = False, entity: str | None = None,
                 also: list[str] | None = None) -> None:
        self.i, self.j, self.start, self.end = i, j, start, end
        self.surface, self.name, self.kind, self.via = surface, name, kind, via
        self.title, self.title_i, self.country = title, title_i, country
        self.bare_state, self.possessive, self.entity = bare_state, possessive, entity
        self.also = [] if also is None else also

    def __copy__(self) -> Mention:
        """A shallow copy (``also`` shared, as ``copy.copy`` gives). Compiled, ``copy.copy``'s own way (``__new__``
        without arguments) fails on a class whose ``__init__`` is written out."""
        return Mention(self.i, self.j, self.start, self.end, self.surface, self.name, self.kind, self.via, self.title,
                       self.title_i, self.country, self.bare_state, self.possessive, self.entity, self.also)


_START: Final = attrgetter("start")


def covered_tokens(ms: list[Mention]) -> set[int]:
    """Indices of the tokens some mention of the sentence already spans."""
    return {k for m in ms for k in range(m.i, m.j)}


def start_ordered(ms: list[Mention]) -> list[Mention]:
    """``ms`` (a list of the caller's own) sorted by start in place, as ``sorted(ms, key=start)`` orders them (a
    stable sort); mentions mostly come in text order already, told by one pass without a key call per mention."""
    last = -1
    for m in ms:
        if m.start < last:
            ms.sort(key=_START)
            break
        last = m.start
    return ms


def resolved_in_order(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions coreference gave an entity, in text order (what the sentence-level rules walk)."""
    return start_ordered([m for m in mentions if m.entity])  # (asked a few times a sentence)


def insert_mentions(ms: list[Mention], added: list[Mention]) -> None:
    """Add mentions found by a later pass to a sentence's mentions, keeping them in text order."""
    if added:
        ms.extend(added)
        ms.sort(key=lambda m: m.start)


def titled_start(sent: Sentence, m: Mention) -> int:
    """Where ``m`` starts counting its title: "President X" from "President" (the gap before a mention ends there)."""
    return sent.tokens[m.title_i].start if m.title_i is not None else m.start


def span_mention(sent: Sentence, i: int, j: int, name: str, kind: str | None, via: str, **fields: Any) -> Mention:
    """A mention of tokens [i, j) of ``sent``, its surface and document offsets taken from those tokens."""
    toks = sent.tokens
    surface = sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]
    return Mention(i, j, toks[i].start, toks[j - 1].end, surface, name, kind, via, **fields)


def find_mentions(sent: Sentence, lex: Lexicon, furniture: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """The sentence's mentions; ``furniture``: spans of the text (a dateline, byline, time stamp) that name none."""
    toks = sent.tokens
    words = list(map(TOKEN_TEXT, toks))
    lower = token_lowers(sent)  # (made here once for the later passes too)
    n = len(toks)
    out: list[Mention] = []

    def add(i: int, j: int, name: str, kind: str | None, via: str, **kw: Any) -> Mention:
        start, end = toks[i].start, toks[j - 1].end  # (span_mention's, without its call: asked at every mention)
        m = Mention(i, j, start, end, sent.text[start - sent.start : end - sent.start], name, kind, via, **kw)
        if kind in ("Person", "Organization", "Group") and j - i > 1 and name == " ".join(words[i:j]):
            m.name = m.surface  # the name as written, with its original spacing and punctuation
        m.possessive = j < n and words[j] in ("'s", "’s", "'", "’")
        out.append(m)
        return m

    i = 0
    quantifiers = lex.quantifiers_by_first
    while i < n:
        w, lw = words[i], lower[i]
        if lw not in _OPENING_WORDS and lw not in quantifiers and "-" not in w \
                and not (w[0].isupper() or w[0].isdigit()):
            i += 1  # the common case, a word no branch below takes
            continue
        if furniture and any(a <= toks[i].start < b for a, b in furniture):  # "LIMA, May 3 (Wire) —": no actors
            i += 1
            continue
        if lw in _OPENING_WORDS or lw in quantifiers or w[0].isdigit():  # (else no branch up to the name's is
            # for the word: a capitalised word goes straight on to its run)
            if lw in _BODY_PAIR_FIRST and (body_end := body_pair_end(lower, i)):  # "both groups": listed_bodies
                add(i, body_end, " ".join(words[i:body_end]), None, "body-pair")
                i = body_end
                continue
            # collective groups: quantifier + modifiers + plural noun
            if not sent.headline:
                g = group_at(lex, words, lower, i)
                if g:
                    j, country = g
                    if not (lower[j - 1] in ("members", "fighters", "militants") and j < n and lower[j] == "of"):
                        add(i, j, " ".join(words[i:j]), "Group", "group", country=country)
                    i = j
                    continue
            if lw in CAUSE_WORDS and not sent.headline and (cg := cause_groups_end(lower, i)):
                add(i, cg, " ".join(words[i:cg]), "Group", "group")  # "Human rights groups", "rights activists"
                i = cg
                continue
            if i + 1 < n and lw in _PAIR_OF_TWO_WORDS and _PAIR.match(f"{lw} {lower[i + 1]}"):
                add(i, i + 2, " ".join(words[i : i + 2]), None, "pair")
                i += 2
                continue
            if lw in _PAIR_PHRASE_FIRST and (pair_end := pair_phrase_end(lower, i)):  # "both of its neighbours"
                add(i, pair_end, " ".join(words[i:pair_end]), None, "pair")
                i = pair_end
                continue
            if i + 2 < n and lw in ("the", "all") and lower[i + 1] in _PAIR_SIZE \
                    and _PAIR.match(f"{lw} {lower[i + 1]} {lower[i + 2]}"):
                add(i, i + 3, " ".join(words[i : i + 3]), None, f"group-of-{_PAIR_SIZE[lower[i + 1]]}")
                i += 3
                continue
            if lw in ("his", "her") and i + 1 < n and lower[i + 1] in _POSSESSED_ACT and i > 0 \
                    and _ASKING_FOR.match(lower[i - 1]):
                add(i, i + 1, w, None, "possessor")  # "called for his resignation"
                i += 1
                continue
            if lw in ("his", "her", "its", "their") and 0 < i < n - 1 and denied_claim(lower, i - 1, i + 1):
                add(i, i + 1, w, None, "possessor" if lw in ("his", "her") else "obj-pronoun")  # "denied its claims"
                i += 1
                continue
            if lw in ("his", "her", "its", "their") and i + 1 < n and not sent.headline:
                k = lex.phrase_at(lex.government_anaphors, lower, i + 1)
                apposed = i + 1 + k < n and words[i + 1 + k] == ","  # "her party, X": an apposition names it
                aid = i + 1 + k < n and lower[i + 1 + k] in _STATE_AID  # "its military aid": whose is the clause's
                if k and not apposed and not aid and not toks[i + 1].is_cap:
                    add(i, i + 1 + k, " ".join(words[i : i + 1 + k]), None,
                        "own-government" if lw in ("his", "her") else "government")
                    i += 1 + k
                    continue
                if lower[i + 1] in lex.org_anaphors and not toks[i + 1].is_cap and not (i + 2 < n and words[i + 2] == ",") \
                        and not _firm_stance(lower, i + 1):
                    add(i, i + 2, " ".join(words[i : i + 2]), None, "org-anaphor")
                    i += 2
                    continue
            if lw in _RANK_ABBREVIATIONS and i + 1 < n and words[i + 1] == ".":
                i += 2  # "Lt. Gen.", "Brig. Gen.": a rank written short, not a name
                continue
            if lw in _RANK_PREFIXES and i + 2 < n and lower[i + 1] in _RANK_ABBREVIATIONS and words[i + 2] == ".":
                i += 3  # "Rear Adm.", "Staff Sgt.": the same with the word that grades the rank
                continue
            if lw in ("a", "an") and not sent.headline and not (i > 0 and lower[i - 1] in _PREDICATIVE) \
                    and not (i > 0 and words[i - 1] == "," and out and out[-1].j == i - 1 and out[-1].kind == "Person"):
                # (not "X, a well-known trader, ...": a description of the person just named)
                d = indefinite_org_at(lex, words, lower, i + 1)
                if d:
                    add(i, d, " ".join(words[i:d]), None, "indef-org")  # named in a later sentence, see coref
                    if d + 2 < n and lower[d] == "and" and lower[d + 1] == "its" and lower[d + 2] in _OWNER_NOUNS:
                        add(d + 1, d + 3, " ".join(words[d + 1 : d + 3]), None, "indef-owner")
                        d += 3
                    i = d
                    continue
            if lw in ("it", "them") and i > 1 and not sent.headline and object_pronoun_context(lower, i):
                add(i, i + 1, w, None, "obj-pronoun")  # "urged it to ...", "accusing them of ...": see coref
                i += 1
                continue
            if lw in ("it", "they") and i + 1 < n and acting_verb_at(lower, i + 1) and not sent.headline \
                    and (i == 0 or OPENING_ADVERBIAL.fullmatch(" ".join(lower[:i])) or (i == 1 and words[0] in _OPEN_QUOTES)):
                add(i, i + 1, w, None, "it-subject")  # "It accused ...": the organisation or state the last sentence opened with
                i += 1
                continue
            if lw in _KIN_GROUPS and i >= 2 and words[i - 1] in ("'s", "’s") and toks[i - 2].is_cap and not sent.headline:
                add(i, i + 1, f"{words[i - 2]}'s {w}", "Group", "family")  # "Wilding's family": his relatives
                i += 1
                continue
            if lw in _PRONOUNS:
                add(i, i + 1, w, None, "pronoun")
                i += 1
                continue
            if lw == "the" and i == 0 and not sent.headline and ship_anaphor_at(lower, i):  # (only an opening "The")
                add(i, i + 2, " ".join(words[i : i + 2]), None, "ship-anaphor")  # "the ship": see vessels
                i += 2
                continue
            if lw == "the" and not sent.headline and ship_object_at(lower, i):  # "boarded the ship": see vessels
                add(i, i + 2, " ".join(words[i : i + 2]), None, "ship-object")
                i += 2
                continue
            if lw == "the" and i + 1 < n and not sent.headline:
                k = lex.phrase_at(lex.government_anaphors, lower, i + 1)
                of_name = i + 2 + k < n and lower[i + 1 + k] == "of" and (toks[i + 2 + k].is_cap or lower[i + 2 + k] == "the")
                if k and not of_name and not toks[i + 1].is_cap:
                    add(i, i + 1 + k, " ".join(words[i : i + 1 + k]), None, "government")
                    i += 1 + k
                    continue
                desc = description_at(lex, words, lower, i + 1)
                if desc:
                    end, title, country = desc
                    add(i, end, " ".join(words[i:end]), None, "description", title=title, country=country)
                    i = end
                    continue
                if lower[i + 1] in lex.org_anaphors and not toks[i + 1].is_cap and not (i + 2 < n and toks[i + 2].is_cap) \
                        and not _firm_stance(lower, i + 1):
                    add(i, i + 2, " ".join(words[i : i + 2]), None, "org-anaphor")
                    i += 2
                    continue
                if i + 2 < n and (lower[i + 1] in _ORG_ADJECTIVES and lower[i + 2] in lex.org_anaphors
                                  or lower[i + 1] in _RIVAL_GOVERNMENT and lower[i + 2] == "government") \
                        and not toks[i + 2].is_cap and not (i + 3 < n and toks[i + 3].is_cap) \
                        and not (i > 1 and words[i - 1] == "," and toks[i - 2].is_cap):  # "the regional bloc ASEAN", "X, the opposition coalition"
                    add(i, i + 3, " ".join(words[i : i + 3]), None, "org-anaphor")  # "the regional bloc"
                    i += 3
                    continue
            if i == 0 and lw in _OPENING_MEMBERS and n > 2 and lower[1] == "of" and not sent.headline:
                i = 2  # "Officers of the National Security Service ...": the body is the name, as mid-sentence
                continue
            if i == 0 and lw in _OPENING_COUNSEL and n > 3 and lower[1] == "for" and toks[2].is_cap \
                    and not toks[3].is_cap and not sent.headline:
                i = 2  # "Lawyers for Ruiz said ...": the client's surname, not a body named "Lawyers for Ruiz"
                continue
        if w[0].isdigit() and not sent.headline and (k := day_first_body_end(lex, words, lower, i)):
            add(i, k, " ".join(words[i:k]), "Organization", "numbered")  # "the 6 April Youth Movement"
            i = k
            continue
        if not (w[0].isupper() or "-" in w and _PARTICLE.match(w)) or not NAME_WORD.match(w) and not _ACRONYM.match(w):
            i += 1
            continue
        j = capseq_end(lex, words, lower, i)
        if not sent.headline and vessel_name_here(lower, i, out[-1] if out else None) and not lex.country_at(words, i):
            j = numbered_vessel_end(words, j)  # "the survey vessel Sea Lark 03"
            add(i, j, " ".join(words[i:j]), "Vessel", "vessel")  # "the tanker Eagle S"
            i = j
            continue
        if not sent.headline and (k := numbered_end(lex, words, lower, i, j)) > j:
            i = add_numbered_body(lex, sent, words, lower, i, j, k, add)  # "Group 24", "Charter 97"
            continue
        i = classify_run(lex, sent, words, lower, i, j, add)
    shared_surnames(sent, out)
    known_as(sent, out)
    return with_name_qualifiers(sent, out)


def _firm_stance(lower: list[str], k: int) -> bool:
    """ "the firm protest of X", "its firm position": "firm" before a noun of stance is an adjective."""
    return lower[k] == "firm" and k + 1 < len(lower) and lower[k + 1] in _FIRM_STANCE
