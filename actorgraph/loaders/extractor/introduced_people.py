"""People referred to by what their introduction said of them: "Tomas Reyes, 62, ... The 62-year-old accused ..."
and "Gen. Marco Silva ... The general met ...": "the N-year-old", "the general" ("colonel", "admiral") or "the former
president" is the one person introduced with that age ("X, 62," / "a 62-year-old lawyer, X,"), rank ("Gen. X",
"Maj. Gen. X", "Colonel X") or former post ("Former President X", "X, a former defence minister,"; also "the former
minister" for the latter). Left alone when two people share it, when a name follows ("the 62-year-old Reyes" names him), and
for a rank when a noun follows ("the general election", "the general secretary")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.org_descriptions import AFTER_HEAD
from actorgraph.loaders.extractor.patterns import PAST_VERB
from actorgraph.loaders.extractor.text import Sentence, has_part, token_lowers

_AGE_AFTER = re.compile(r",\s+(?:an?\s+)?(?P<age>\d{1,3})(?:-year-old\b|\s*[,.;)])")
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[a-z\-]+,?\s+){0,3}$")
_AGE_WORD = re.compile(r"(?P<age>\d{1,3})-year-old")
# "Gen.", "Maj. Gen.", "Lt. General", "Colonel", "Rear Adm." right before the name
_RANK_BEFORE = re.compile(r"\b(?:(?:Lt|Lieut|Lieutenant|Maj|Major|Brig|Brigadier|Rear|Vice)\.?\s+)?"
                          r"(?P<rank>Gen|General|Col|Colonel|Adm|Admiral)\.?\s+$")
# "Former President X", "former Prime Minister X" / "X, a former defence minister," / "X, Kenya's former president,"
_FORMER_BEFORE = re.compile(r"\b[Ff]ormer\s+(?P<title>(?:[A-Z][a-z\-]+\s+){1,3})$")
_FORMER_AFTER = re.compile(r",\s+(?:a|the|(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s)\s+former\s+(?P<title>(?:[a-z\-]+\s+){0,2}[a-z\-]+)\s*[,.;]")
# what every match of _AGE_BEFORE, _RANK_BEFORE and _FORMER_BEFORE holds (their guards)
_AGE_PARTS = ("-year-old",)
_RANK_PARTS = ("gen", "col", "adm")
_FORMER_PARTS = ("former",)
_RANKS = {"gen": "general", "general": "general", "col": "colonel", "colonel": "colonel", "adm": "admiral",
          "admiral": "admiral"}
_RANK_WORDS = frozenset(_RANKS.values())


def link_introduced_people(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    known: dict[str, dict[str, str]] = {}  # "62-year-old" / "general" -> {person's entity key: name}
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        toks = sent.tokens
        added: list[Mention] = []
        lower = token_lowers(sent)
        if known and "the" in lower:  # (else the walk below finds nothing: every use follows "the")
            taken = covered_tokens(ms)
            descriptors = [w.split() for w in known]  # (in the order they were introduced, as known holds them)
            for k in range(1, len(toks)):
                if lower[k - 1] != "the" or not descriptors:
                    continue
                size = next((len(ws) for ws in descriptors if lower[k : k + len(ws)] == ws), 0)
                word, end = " ".join(lower[k : k + size]), k + size
                after = toks[end] if end < len(toks) else None
                if lower[k - 1] != "the" or not size or taken & set(range(k, end)) or after is not None and after.is_cap:
                    continue
                if word in _RANK_WORDS and after is not None and after.text.isalpha() and after.lower not in AFTER_HEAD \
                        and not PAST_VERB.fullmatch(after.lower):
                    continue  # "the general election"
                if len(known[word]) == 1:
                    (key, name), = known[word].items()
                    m = span_mention(sent, k - 1, end, name, "Person", "introduced-person", entity=key)
                    m.possessive = after is not None and after.text in ("'s", "’s")
                    added.append(m)
        for m in ms:  # introductions, after the uses in the same sentence
            if m.kind == "Person" and m.entity:
                for word in _descriptors(sent, m):
                    known.setdefault(word, {})[m.entity] = m.name
        insert_mentions(ms, added)


def _descriptors(sent: Sentence, m: Mention) -> list[str]:
    before = sent.text[max(0, m.start - sent.start - 50) : m.start - sent.start]
    # (the patterns searched in ``before`` only when it holds a part each of their matches holds: has_part)
    age = _AGE_AFTER.match(sent.text, m.end - sent.start) \
        or (_AGE_BEFORE.search(before) if has_part(before, _AGE_PARTS) else None)
    rank = _RANK_BEFORE.search(before) if has_part(before, _RANK_PARTS) else None
    former = (_FORMER_BEFORE.search(before) if has_part(before, _FORMER_PARTS) else None) \
        or _FORMER_AFTER.match(sent.text, m.end - sent.start)
    titles = former.group("title").lower().split() if former else []  # "former president", "former foreign minister"
    return ([f"{age.group('age')}-year-old"] if age else []) + ([_RANKS[rank.group("rank").lower()]] if rank else []) \
        + list(dict.fromkeys(f"former {' '.join(titles[-n:])}" for n in (len(titles), 1) if titles))
