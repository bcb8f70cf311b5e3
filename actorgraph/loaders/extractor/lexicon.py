"""The extractor's word lists (``data/*.yaml``), loaded once and indexed for token-sequence lookups."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain
from typing import Any, TypeVar

import yaml

from actorgraph.graph.registry import ontology
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.trigger_starts import (
    AFTER,
    DEPTH,
    WordStarts,
    beginnings,
    matches_at,
    matches_at_starts,
)


@dataclass(frozen=True, slots=True)
class CountryForm:
    country: str
    role: str  # name | demonym | seat


@dataclass(frozen=True, slots=True)
class TitleInfo:
    text: str
    leader: bool
    rank: bool


_FEW_STARTS = 30  # word starts at which a trigger's regex is tried before its ``needs`` are looked for


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    pattern: re.Pattern[str]
    form: str
    obj: str | tuple[str, ...]
    pair: bool
    implicit: bool
    after: re.Pattern[str] | None
    confidence: float
    appoint: bool = False
    passive: bool = False  # the subject is the target ("X is under investigation")
    mutual: bool = False  # both parties act on each other ("A and B exchanged fire")
    directed: bool = True  # the type's direction matters (a reciprocal "met each other" is one meeting)
    scan: re.Pattern[str] | None = None  # ``pattern`` without its leading word-boundary lookbehind (faster)
    needs: tuple[str, ...] = ()  # words of which the text must hold one for the pattern to match (a cheap pre-check)
    starts: frozenset[str] | None = None  # beginnings of every ``scan`` match (trigger_starts.beginnings)
    # ``needs`` checked before the ``starts`` are looked for: "after" heads cost a scan of the text each, as ``needs`` do
    needs_first: bool = False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Same matches as ``pattern.finditer``: a pattern without a leading lookbehind lets the regex engine
        skip ahead on its first characters; the word boundary before a match is then checked here."""
        if self.needs and not any(n in text for n in self.needs):
            return
        scan = self.scan or self.pattern
        pos = 0
        while (m := scan.search(text, pos)) is not None:
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "_-"):
                pos = s + 1
                continue
            yield m
            pos = max(m.end(), s + 1)

    def spans(self, text: str, word_starts: WordStarts | None = None) -> Iterator[tuple[int, int]]:
        """The spans of ``finditer``; given the text's ``WordStarts``, found by trying ``scan`` only at the word
        starts that begin with one of ``starts`` (see trigger_starts). (Not a generator itself: it hands on the
        iterator that finds them, one layer fewer for each of the hundreds of triggers a document asks.)"""
        if word_starts is None or self.starts is None or self.scan is None:
            return (m.span() for m in self.finditer(text))
        if not self.needs:
            return matches_at_starts(self.scan, word_starts, self.starts)
        if self.needs_first:
            if contains_any(text, self.needs):
                return matches_at_starts(self.scan, word_starts, self.starts)
            return iter(())
        # ``needs`` (a scan of the whole text) checked before the regex is tried at many word starts, and after
        #   it has matched at one of a few
        positions = word_starts.candidates(self.starts)
        if len(positions) > _FEW_STARTS:
            return matches_at(self.scan, text, positions) if contains_any(text, self.needs) else iter(())
        found = matches_at(self.scan, text, positions)
        first = next(found, None)
        if first is not None and contains_any(text, self.needs):
            return chain((first,), found)
        return iter(())


@dataclass
class Lexicon:
    countries: dict[tuple[str, ...], CountryForm]
    titles: dict[tuple[str, ...], TitleInfo]
    organization_cues: frozenset[str]
    place_cues: frozenset[str]
    places: frozenset[tuple[str, ...]]
    function_words: frozenset[str]
    connectors: frozenset[str]
    group_nouns: frozenset[str]
    state_group_nouns: frozenset[str]
    state_nouns: dict[tuple[str, ...], str]
    quantifiers: list[tuple[str, ...]]
    org_anaphors: frozenset[str]
    government_anaphors: dict[tuple[str, ...], str]
    triggers: list[Trigger]
    max_country_len: int = 1
    max_title_len: int = 1
    country_names: frozenset[str] = field(default_factory=frozenset)
    body_seats: dict[tuple[str, ...], str] = field(default_factory=dict)  # "Brussels": the European Union
    figurative_attack: re.Pattern[str] | None = None  # "a scathing attack on X": words (triggers.yaml fragment)
    carrying: re.Pattern[str] | None = None  # "firms carrying fuel to X": a participle with its own cargo (fragment)
    quantifiers_by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # first words of the country forms and titles, each with the lengths of the forms it starts (longest first):
    #   most words start none, and are turned away at once; the others are looked up at those lengths only
    country_firsts: dict[str, tuple[int, ...]] = field(init=False, default_factory=dict)
    title_firsts: dict[str, tuple[int, ...]] = field(init=False, default_factory=dict)
    # first words of the phrases of ``state_nouns`` and ``government_anaphors``, by the table's id (for phrase_at)
    phrase_firsts: dict[int, frozenset[str]] = field(init=False, default_factory=dict)
    # the triggers (by index) whose ``starts`` are all three plain letters, by those letters: a text's word starts
    #   name the few that can match it (trigger_scan.triggers_to_try); the others are tried on every text
    triggers_by_head: dict[str, tuple[int, ...]] = field(init=False, default_factory=dict)
    triggers_unindexed: tuple[int, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        for q in self.quantifiers:  # longest first, as sorted
            self.quantifiers_by_first.setdefault(q[0], []).append(q)
        self.country_firsts = _lengths_by_first(self.countries)
        self.title_firsts = _lengths_by_first(self.titles)
        for table in (self.state_nouns, self.government_anaphors):
            self.phrase_firsts[id(table)] = frozenset(phrase[0] for phrase in table)
        self.triggers_by_head, self.triggers_unindexed = _triggers_by_head(self.triggers)

    def country_at(self, words: list[str], i: int) -> tuple[int, CountryForm] | None:
        """Longest country form starting at word ``i`` (case-sensitive): (length, form)."""
        if 0 <= i < len(words) and words[i] not in self.country_firsts:
            return None  # most words start no form: told without _form_at's call (asked at nearly every name)
        return _form_at(self.countries, self.country_firsts, words, i, self.max_country_len)

    def title_at(self, lower_words: list[str], i: int) -> tuple[int, TitleInfo] | None:
        if 0 <= i < len(lower_words) and lower_words[i] not in self.title_firsts:
            return None  # (as in country_at)
        return _form_at(self.titles, self.title_firsts, lower_words, i, self.max_title_len)

    def phrase_at(self, table: dict[tuple[str, ...], str], lower_words: list[str], i: int) -> int:
        """How many words the longest phrase of ``table`` (of at most four) at word ``i`` runs to; 0 for none."""
        firsts = self.phrase_firsts.get(id(table))
        if firsts is not None and 0 <= i < len(lower_words) and lower_words[i] not in firsts:
            return 0  # most words start no phrase: told without trying the four lengths
        for n in range(min(4, len(lower_words) - i), 0, -1):
            if tuple(lower_words[i : i + n]) in table:
                return n
        return 0


_Form = TypeVar("_Form")


def _form_at(forms: dict[tuple[str, ...], _Form], firsts: dict[str, tuple[int, ...]], words: list[str], i: int,
             longest: int) -> tuple[int, _Form] | None:
    """The longest of ``forms`` starting at word ``i``: tried only at the lengths of the forms ``words[i]`` begins
    (``firsts``), longest first; a negative ``i`` counts from the end, as Python slices a list from it."""
    if 0 <= i < len(words):
        for n in firsts.get(words[i], ()):
            if n <= len(words) - i and (hit := forms.get(tuple(words[i : i + n]))):
                return n, hit
        return None
    if -len(words) <= i < 0 and words[i] not in firsts:
        return None
    for n in range(min(longest, len(words) - i), 0, -1):
        hit = forms.get(tuple(words[i : i + n]))
        if hit:
            return n, hit
    return None


def _triggers_by_head(triggers: list[Trigger]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Trigger indexes by each DEPTH-letter head of their ``starts``, and those of triggers with another kind of
    head (an "after" head, a short one) or none."""
    by_head: dict[str, list[int]] = {}
    unindexed: list[int] = []
    for k, trig in enumerate(triggers):
        if trig.starts is None or trig.scan is None or any(len(h) != DEPTH or AFTER in h for h in trig.starts):
            unindexed.append(k)
            continue
        for h in trig.starts:
            by_head.setdefault(h, []).append(k)
    return {h: tuple(ks) for h, ks in by_head.items()}, tuple(unindexed)


def _lengths_by_first(forms: dict[tuple[str, ...], Any]) -> dict[str, tuple[int, ...]]:
    """For each first word of the ``forms``, the lengths of the forms it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for form in forms:
        lengths.setdefault(form[0], set()).add(len(form))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


def _words(phrase: str) -> tuple[str, ...]:
    from actorgraph.loaders.extractor.text import tokenize

    return tuple(t.text for t in tokenize(phrase))


_FRAGMENT = re.compile(r"\{([a-z_]+)\}")  # never a regex quantifier, which holds digits only


def _with_fragments(pattern: str, fragments: dict[str, str]) -> str:
    """``pattern`` with each ``{name}`` replaced by the shared fragment of that name (triggers.yaml ``fragments``)."""
    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise ValueError(f"triggers.yaml: unknown fragment {m.group(0)!r} in {pattern[:40]!r}")
        return fragments[m.group(1)]
    return _FRAGMENT.sub(fill, pattern)


def _read(name: str) -> Any:
    text = resources.files("actorgraph.loaders.extractor").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def lexicon() -> Lexicon:
    countries: dict[tuple[str, ...], CountryForm] = {}
    for name, spec in _read("countries.yaml").items():
        spec = spec or {}
        forms = [(name, "name")] + [(a, "name") for a in spec.get("aliases", [])]
        forms += [(d, "demonym") for d in spec.get("demonyms", [])]
        forms += [(s, "seat") for s in spec.get("seats", [])]
        for form, role in forms:
            key = _words(form)
            if key and key not in countries:
                countries[key] = CountryForm(name, role)
    data = _read("lexicon.yaml")
    titles: dict[tuple[str, ...], TitleInfo] = {}
    for group, leader, rank in (("leader", True, False), ("position", False, False), ("rank", False, True)):
        for t in data["titles"][group]:
            key = tuple(w.lower() for w in _words(t))
            titles.setdefault(key, TitleInfo(t, leader, rank))
    known_types = set(ontology().relation_types)
    triggers = []
    trigger_data = _read("triggers.yaml")
    fragments: dict[str, str] = {}
    for name, fragment in (trigger_data.get("fragments") or {}).items():
        fragments[name] = _with_fragments(fragment, fragments)  # a fragment may use those written before it
    for spec in trigger_data["triggers"]:
        if spec["type"] not in known_types:
            raise ValueError(f"triggers.yaml: unknown relation type {spec['type']!r}")
        spec = {**spec, "re": _with_fragments(spec["re"], fragments)}
        obj = spec.get("obj", "direct")
        needs = spec.get("needs", [])
        if any(not isinstance(n, str) or not n or n != n.lower() for n in needs):
            raise ValueError(f"triggers.yaml: 'needs' of {spec['re'][:40]!r} must be non-empty lower-case strings")
        starts = beginnings(r"(?:" + spec["re"] + r")(?![\w\-])")
        triggers.append(
            Trigger(
                type=spec["type"],
                pattern=re.compile(r"(?<![\w\-])(?:" + spec["re"] + r")(?![\w\-])"),
                scan=re.compile(r"(?:" + spec["re"] + r")(?![\w\-])"),
                starts=starts,
                form=spec.get("form", "verb"),
                obj=tuple(obj) if isinstance(obj, list) else obj,
                pair=bool(spec.get("pair", False)),
                implicit=bool(spec.get("implicit", False)),
                after=re.compile(_with_fragments(spec["after"], fragments)) if spec.get("after") else None,
                confidence=float(spec.get("confidence", 0.7)),
                appoint=bool(spec.get("appoint", False)),
                passive=bool(spec.get("passive", False)),
                mutual=bool(spec.get("mutual", False)),
                directed=ontology().relation_type(spec["type"]).directed,
                needs=tuple(needs),
                needs_first=starts is not None and any(h.startswith(AFTER) for h in starts),
            )
        )

    def lower_set(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    def phrases(key: str) -> dict[tuple[str, ...], str]:
        return {tuple(w.lower() for w in _words(p)): p for p in data[key]}

    return Lexicon(
        countries=countries,
        titles=titles,
        organization_cues=lower_set("organization_cues"),
        place_cues=lower_set("place_cues"),
        places=frozenset(_words(p) for p in data["places"]),
        function_words=lower_set("function_words"),
        connectors=lower_set("name_connectors"),
        group_nouns=lower_set("group_nouns"),
        state_group_nouns=lower_set("state_group_nouns"),
        state_nouns=phrases("state_nouns"),
        quantifiers=sorted((tuple(_words(q.lower())) for q in data["quantifiers"]), key=len, reverse=True),
        org_anaphors=lower_set("org_anaphors"),
        government_anaphors=phrases("government_anaphors"),
        triggers=triggers,
        max_country_len=max(len(k) for k in countries),
        max_title_len=max(len(k) for k in titles),
        country_names=frozenset(c.country for c in countries.values()),
        body_seats={_words(k): v for k, v in (data.get("body_seats") or {}).items()},
        figurative_attack=re.compile(fragments["figurative_attack"]),
        carrying=re.compile(fragments["carrying"]),
    )
