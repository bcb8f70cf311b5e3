"""States in hyphenated compounds, as news writes them: a pair joined by a hyphen or en dash ("Chile-Peru talks",
"US-China trade talks", "Sino-Russian drills", "the Iran-IAEA talks") names both states, and the talks it heads
are talks between them ("Chile-Peru talks resumed" -> NEGOTIATES_WITH), an agreement between them only when the
sentence says it was reached or signed (a state before a hyphenated participle, "Bolivia-backed rebels": see
led_by.py).

Real names with a hyphen stay whole: a country whose name has one ("Guinea-Bissau", "Timor-Leste"), people
("Okonjo-Iweala") and a longer name the compound opens ("the China-Pakistan Economic Corridor")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.lexicon import CountryForm, Lexicon
from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.name_runs import ACRONYM
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.run_words import ROLE_NOUNS
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence, Token

_JOINS = ("-", "–")
_PERSON_NOUNS = frozenset("national citizen man woman boy girl couple".split())
_PAIR_ROLES = ("name", "demonym")  # not seats: "Washington-based" is a place
_TALKS = re.compile(r"(?:[a-z]+\s+){0,2}?(?P<t>talks|negotiations|dialogue)\b")
_AGREED = re.compile(r"(?:[a-z]+\s+){0,2}?(?P<t>ceasefire|truce|agreement|deal|accord|pact|treaty)s?\s+"
                     r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:signed|reached|concluded|"
                     r"agreed)\b")


def _form(lex: Lexicon, words: tuple[str, ...]) -> CountryForm | None:
    form = lex.countries.get(words)
    return form if form is not None and form.role in _PAIR_ROLES else None


def _side(lex: Lexicon, word: str) -> bool:
    """A word that can stand on either side of a pair: a state's one-word name or demonym, or initials."""
    return _form(lex, (word,)) is not None or ACRONYM.fullmatch(word) is not None and "-" not in word


def _pair_cut(lex: Lexicon, word: str) -> int | None:
    """Where a hyphenated word splits into two states (or a state and initials): "Chile-Peru", "Chile-Guinea-Bissau";
    None for a country's own name ("Guinea-Bissau") and anything else."""
    if "-" not in word or not word[:1].isupper() or (word,) in lex.countries:
        return None
    at = word.find("-")
    while at > 0:
        head, tail = word[:at], word[at + 1 :]
        if (_form(lex, (head,)) or _form(lex, (tail,))) and _side(lex, head) and _side(lex, tail):
            return at
        at = word.find("-", at + 1)
    return None


def split_pairs(sentences: list[Sentence], lex: Lexicon) -> None:
    """Split "Chile-Peru" (one token) into "Chile", "-", "Peru" when both halves are states (or one is a state and
    the other initials) and the whole is no country's name, and no capitalised word goes on with the name."""
    for sent in sentences:
        toks = sent.tokens
        if "-" not in sent.text or not any("-" in t.text for t in toks):  # (a token's text is a part of the sentence's)
            continue
        out: list[Token] = []
        for k, t in enumerate(toks):
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            cut = _pair_cut(lex, t.text) if (sent.headline or not nxt[:1].isupper()) else None
            if cut is None:
                out.append(t)
                continue
            at = t.start + cut  # the hyphen
            out += [Token(t.text[:cut], t.start, at), Token("-", at, at + 1), Token(t.text[cut + 1 :], at + 1, t.end)]
        sent.tokens = out


def _dual_national(after: list[str]) -> bool:
    """Whether the words after a demonym pair name one person ("businessman", "dual national", "journalist")."""
    return bool(after) and (after[0].lower() in ROLE_NOUNS or after[0].lower() in _PERSON_NOUNS)


def pair_mentions(sent: Sentence, lex: Lexicon, ms: list[Mention]) -> None:
    """Both states of a pair as Country mentions, also where a demonym alone would name none ("Sino-Russian"); not
    in a headline, whose demonyms paraphrase the body's (as a headline's groups do, see collective.py)."""
    if sent.headline or not contains_any(sent.text, _JOINS):
        return
    toks = sent.tokens
    words = [t.text for t in toks]
    covered = covered_tokens(ms)
    added: list[Mention] = []
    for k in range(1, len(toks) - 1):
        if words[k] not in _JOINS or toks[k - 1].end != toks[k].start or toks[k].end != toks[k + 1].start:
            continue
        left, right = _form(lex, (words[k - 1],)), _form(lex, (words[k + 1],))
        if left is None or right is None or left.country == right.country:
            continue
        if left.role == right.role == "demonym" and k + 2 < len(toks) and _dual_national(words[k + 2 :]):
            continue  # "a French-Algerian businessman": one person's two nationalities, not two states
        for x, form in ((k - 1, left), (k + 1, right)):
            if x not in covered:
                added.append(span_mention(sent, x, x + 1, form.country, "Country", "pair-compound"))
                covered.add(x)
    insert_mentions(ms, added)


def pair_relations(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    """ "Chile-Peru talks" -> NEGOTIATES_WITH; "the Chile-Peru ceasefire was signed" -> AGREES_WITH."""
    out: list[RawRelation] = []
    base, text = sent.start, sent.text
    if not contains_any(text, _JOINS):
        return out
    ms = [m for m in mentions if m.entity]
    for a, b in zip(ms, ms[1:], strict=False):
        if text[a.end - base : b.start - base] not in _JOINS or a.kind != "Country" and b.kind != "Country":
            continue
        after = text[b.end - base :].lstrip()
        offset = len(text) - len(after)
        for pattern, rel_type in ((_TALKS, "NEGOTIATES_WITH"), (_AGREED, "AGREES_WITH")):
            hit = pattern.match(after)
            if hit and a.entity != b.entity:
                at = offset + hit.start("t")
                out.append(RawRelation(a.entity, rel_type, b.entity, sent, at, hit.group("t"),
                                       status_of(text, 0, at, rel_type), 0.6))
    return out
