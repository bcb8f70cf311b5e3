"""Within-document resolution: short forms, pronouns and descriptions to the full actor they stand for.

Full names are canonical ("Maduro" -> "Nicolás Maduro"); a surname shared by two people goes to the one
mentioned most recently; "the government" is the country the article is about so far."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.group_descriptions import link_group_descriptions
from actorgraph.loaders.extractor.lede_descriptions import link_indefinite_people, link_lede_descriptions
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.name_registry import (
    contains,
    declared_acronyms,
    initials,
    recurring_names,
    register_names,
)
from actorgraph.loaders.extractor.org_descriptions import STATE_BODY_WORDS, resolve_org_anaphor
from actorgraph.loaders.extractor.polity_descriptions import link_polity_descriptions
from actorgraph.loaders.extractor.state_agents import (
    add_state_agents,
    link_country_descriptions,
    place_weight,
    resolve_state,
)
from actorgraph.loaders.extractor.text import Sentence

_ATTRIBUTION_BEFORE = re.compile(r"(?:according to|reports? (?:from|by)|reported by|told|quoted by|cited by|(?:a|the) report (?:from|by))\s+(?:the\s+)?$", re.I)
_ATTRIBUTION_AFTER = re.compile(r"^\s*(?:reported|reports|said in a report|cited|quoted|news agency|newspaper)\b", re.I)
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "diplomat", "special envoy", "representative"})
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


@dataclass
class Entity:
    key: str
    name: str
    kind: str
    tokens: tuple[str, ...]
    aliases: set[str] = field(default_factory=set)
    count: int = 0
    first: int = 0
    outlet: bool = False
    country: str | None = None  # a group's or titled person's country, as an entity key
    country_name: str | None = None  # ... and as written in the word list
    title: str | None = None  # a person's title as first given ("president")
    leader: bool = False
    armed: bool = False  # referred to as "the group", "the militants": no company or bloc
    described: set[str] = field(default_factory=set)  # the words it was referred to by: "group", "rebels"


@dataclass
class EntityTable:
    entities: dict[str, Entity] = field(default_factory=dict)
    # the document's sentences and their resolved mentions (by id of the sentence), for discourse rules
    sentences: list[Sentence] = field(default_factory=list)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)

    def add(self, name: str, kind: str, pos: int, surface: str | None = None) -> Entity:
        key = f"{kind}:{normalize_name(name)}"
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key, name, kind, tuple(normalize_name(name).split()), first=pos)
            self.entities[key] = ent
        if surface and surface != ent.name:
            ent.aliases.add(surface)
        return ent

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]


def resolve(sentences: list[Sentence], mentions: list[list[Mention]], lex: Lexicon) -> EntityTable:
    table = EntityTable()
    register_names(table, mentions)
    declared_acronyms(table, sentences, mentions)
    _seat_of_union(table, mentions)
    _self_named_descriptions(sentences, mentions)
    add_state_agents(table, sentences, mentions, lex)
    link_lede_descriptions(table, sentences, mentions)
    link_indefinite_people(table, sentences, mentions)
    link_group_descriptions(table, sentences, mentions, lex)
    link_country_descriptions(sentences, mentions)
    link_polity_descriptions(table, sentences, mentions)
    counts: Counter[str] = Counter()
    scene: Counter[str] = Counter()  # countries events are placed in (capitals, "in X"), see state_agents
    last_seen: dict[str, int] = {}
    prev_first_person: str | None = None
    history: list[tuple[Sentence, list[Mention]]] = []
    recurring = recurring_names(sentences, mentions)
    for sent, sent_mentions in zip(sentences, mentions, strict=True):
        first_person: str | None = None
        named_here: set[str] = set()
        for m in sent_mentions:
            pos = m.start
            if m.via == "obj-pronoun":
                _object_pronoun(m, sent_mentions, history)
            elif m.kind is None:
                _resolve_one(table, sent, m, last_seen, counts, first_person or prev_first_person, history, named_here,
                             first_person, recurring, scene, [x for x in sent_mentions if x.end <= m.start])
            elif m.entity is None:
                m.entity = table.add(m.name, m.kind, pos, m.surface).key
            if m.entity is None:
                continue
            ent = table.entities[m.entity]
            if m.via not in ("pronoun", "it-subject", "obj-pronoun", "possessor", "org-anaphor", "government", "own-government", "description",
                             "pair", "state-agent", "lede-description", "indef-person", "group-description",
                             "country-description", "polity-description") \
                    and not m.via.startswith("group-of-"):
                named_here.add(m.entity)
            m.kind = ent.kind
            ent.count += 1
            counts[m.entity] += 1
            scene[m.entity] += place_weight(sent, m, lex)
            last_seen[m.entity] = pos
            if ent.kind == "Person" and first_person is None:
                first_person = ent.key
        if first_person:
            prev_first_person = first_person
        history.append((sent, sent_mentions))
    _link_descriptions_forward(table, sentences, mentions)
    for sent_mentions in mentions:
        sent_mentions[:] = [m for m in sent_mentions if m.entity is not None]
    table.entities = {k: e for k, e in table.entities.items() if e.count > 0}
    table.sentences = sentences
    table.mentions = {id(sent): ms for sent, ms in zip(sentences, mentions, strict=True)}
    return table


def _object_pronoun(m: Mention, sent_mentions: list[Mention], history: list[tuple[Sentence, list[Mention]]]) -> None:
    """ "urged it to ...": the state or body named last before it in the sentence, other than the subject
    the sentence opens with; "accusing them of ...": the group named last; else the previous sentence's."""
    wanted = ("Group",) if m.surface.lower() == "them" else ("Country", "Organization")
    before = [x for x in sent_mentions if x.end <= m.start and x.entity]
    pool = [x for x in before[1:] if x.kind in wanted]
    if not pool and history and not before:
        pool = [x for x in history[-1][1] if x.entity and x.kind in wanted]
    if pool:
        m.entity = pool[-1].entity


_SELF_NAMED = re.compile(r",\s+(?:which|who)\s+calls?\s+(?:itself|themselves)\s+(?:the\s+)?|,\s+(?:also\s+)?(?:known|referred to)\s+as\s+(?:the\s+)?")


def _self_named_descriptions(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "The group, which calls itself X, ..." / "The militia, known as the X, ...": the description is X."""
    for sent, ms in zip(sentences, mentions, strict=True):
        for a, b in zip(ms, ms[1:], strict=False):
            if a.via == "org-anaphor" and b.kind == "Organization" and b.entity \
                    and _SELF_NAMED.fullmatch(sent.text[a.end - sent.start : b.start - sent.start]):
                a.entity, a.kind = b.entity, "Organization"


def _seat_of_union(table: EntityTable, mentions: list[list[Mention]]) -> None:
    """In an article about the European Union, "Brussels" is the Union, not Belgium."""
    eu = next((e for e in table.of_kind("Organization") if e.tokens in (("european", "union"), ("eu",))), None)
    if eu is None:
        return
    for ms in mentions:
        for m in ms:
            if m.surface == "Brussels" and m.kind == "Country":
                m.entity, m.kind = eu.key, "Organization"
                eu.aliases.add(m.surface)


def _link_descriptions_forward(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "designated a Mogadishu money-transfer company and its owner ... The Treasury said Hodan Express and its
    owner, Abdi Elmi, ...": an indefinite description is the first organisation (or person, for "its owner")
    newly named in the next two sentences (not in its own, where another party would be named)."""
    first: dict[str, int] = {}
    for ms in mentions:
        for m in ms:
            if m.entity and m.via not in _BACK_REFERENCES:
                first.setdefault(m.entity, m.start)
    taken: set[str] = set()
    for idx, ms in enumerate(mentions):
        for m in ms:
            if m.entity is not None or m.via not in ("indef-org", "indef-owner"):
                continue
            kind = "Organization" if m.via == "indef-org" else "Person"
            horizon = sentences[min(idx + 2, len(sentences) - 1)].end
            new = sorted((pos, key) for key, pos in first.items() if sentences[idx].end <= pos < horizon and key not in taken
                         and table.entities[key].kind == kind and not set(table.entities[key].tokens) & STATE_BODY_WORDS)
            if new:
                m.entity, m.kind = new[0][1], kind
                taken.add(m.entity)
                table.entities[m.entity].count += 1


_BACK_REFERENCES = frozenset({"pronoun", "it-subject", "obj-pronoun", "possessor", "org-anaphor", "government", "own-government",
                              "description", "pair", "indef-org", "indef-owner", "state-agent",
                              "lede-description", "indef-person", "group-description",
                              "country-description", "polity-description"})


def _listed_countries(size: int, sent: Sentence, history: list[tuple[Sentence, list[Mention]]]) -> tuple[str | None, list[str]]:
    """The most recent coordinated list ("France, Germany and the United Kingdom") of ``size`` countries."""
    for past, ms in reversed(history):
        run: list[str] = []
        for a, b in zip(ms, ms[1:], strict=False):
            gap = past.text[a.end - past.start : b.start - past.start]
            if a.kind == b.kind == "Country" and a.entity and b.entity and _LIST_GAP.fullmatch(gap):
                run = run or [a.entity]
                run.append(b.entity)
                if len(dict.fromkeys(run)) == size:
                    keys = list(dict.fromkeys(run))
                    return keys[0], keys[1:]
            else:
                run = []
    return None, []


_STATE_BODY_AFTER = re.compile(r"^\s*['’]s?\s+(?:[a-z\-]+\s+){0,2}(?:ministry|government|army|military|navy|"
                               r"administration|presidency|cabinet|embassy|mission|foreign office)\b")


def _state_body_after(sent: Sentence, m: Mention) -> bool:
    """ "Turkey's defence ministry": the possessive names the state acting through one of its bodies."""
    return m.kind == "Country" and bool(_STATE_BODY_AFTER.match(sent.text[m.end - sent.start :]))


def _resolve_one(table: EntityTable, sent: Sentence, m: Mention, last_seen: dict[str, int],
                 counts: Counter[str], recent_person: str | None,
                 history: list[tuple[Sentence, list[Mention]]] | None = None,
                 named_here: set[str] | None = None, speaker_here: str | None = None,
                 recurring: set[str] | None = None, scene: Counter[str] | None = None,
                 here: list[Mention] | None = None) -> None:
    """``named_here``: entities named (not referred back to) earlier in the same sentence."""
    history = history or []
    named_here = named_here or set()
    if m.via == "pronoun":
        m.entity = recent_person
        return
    if m.via == "it-subject":  # "It accused ...": the organisation or state that opened the previous sentence
        prev = next(((past, ms) for past, ms in reversed(history) if not past.headline), None)
        opener = next((x for x in prev[1] if x.entity and (x.kind in ("Organization", "Country") or x.entity.startswith(
            ("Organization:", "Country:")))), None) if prev else None
        if opener is not None and opener.start - prev[0].start < 40 and (  # type: ignore[index]
                not opener.possessive or _state_body_after(prev[0], opener)):  # type: ignore[index]
            m.entity = opener.entity  # "Turkey's defence ministry said ... It denied ...": Turkey
        return
    if m.via == "possessor":  # "X accused Y ... and called for his resignation": Y, not the speaker X
        people = [e for e in table.of_kind("Person") if e.key in last_seen and e.key != speaker_here]
        m.entity = max(people, key=lambda e: last_seen[e.key]).key if people else recent_person
        return
    if m.via == "own-government":  # "his government": the country of the person speaking, else the article's
        person = table.entities.get(recent_person or "")
        if person is not None and person.country and person.country_name:
            m.entity = table.add(person.country_name, "Country", m.start).key
            return
        m.via = "government"
    if m.via.startswith("group-of-"):  # "the three governments": the last list of that many countries
        m.entity, m.also = _listed_countries(int(m.via.rsplit("-", 1)[1]), sent, history)
        return
    if m.via == "pair":  # "both sides": the two countries most talked about so far
        countries = sorted((e for e in table.of_kind("Country") if counts[e.key]),
                           key=lambda e: (-counts[e.key], e.first))
        if len(countries) < 2:  # "Sudan and the Rapid Support Forces ... both sides": an organisation is a side
            countries += sorted((e for e in table.of_kind("Organization") if counts[e.key] and not e.outlet),
                                key=lambda e: (-counts[e.key], e.first))
        if len(countries) >= 2:
            m.entity, m.also = countries[0].key, [countries[1].key]
        return
    if m.via == "description":  # "the Venezuelan leader" -> the person introduced with that role
        if m.title is None:
            return
        wanted = m.title.text.lower()
        country = f"Country:{normalize_name(m.country)}" if m.country else None
        people = [e for e in table.of_kind("Person") if e.title and (
            e.title == wanted or (wanted in ("leader", "head", "chief") and e.leader))
            and (country is None or e.country == country)]
        if people:
            seen = [e for e in people if e.key in last_seen]
            m.entity = (max(seen, key=lambda e: last_seen[e.key]) if seen else people[0]).key
        elif m.country and wanted in _ENVOY_TITLES:  # "summoned the Chinese ambassador": China's representative
            m.entity = table.add(m.country, "Country", m.start).key
        return
    if m.via in ("government", "state-agent"):
        m.entity = resolve_state(table, m, counts, scene or Counter(), history)
        return
    if m.via == "org-anaphor":
        resolve_org_anaphor(table, m, last_seen, named_here, here or [], history)
        return
    # a single capitalised word: a short form of a known name, or an organisation by its context
    tok = normalize_name(m.name)
    if not tok:
        return
    toks = tuple(tok.split())  # "al-Nouri" is two tokens of "Khaled al-Nouri"
    people = [e for e in table.of_kind("Person") if contains(e.tokens, toks) and len(e.tokens) > len(toks)]
    if people:
        before = [e for e in people if e.key in last_seen]
        m.entity = (max(before, key=lambda e: last_seen[e.key]) if before else min(people, key=lambda e: e.first)).key
        return
    if m.via == "headline":
        orgs = [e for e in table.of_kind("Organization") if e.tokens == (tok,) or initials(e.tokens) == tok]
        m.entity = orgs[0].key if len(orgs) == 1 else None
        return
    orgs = [e for e in table.of_kind("Organization") if tok in e.tokens or initials(e.tokens) == tok]
    if len(orgs) == 1:
        m.entity = orgs[0].key
        return
    left = sent.text[max(0, m.start - sent.start - 60) : m.start - sent.start]
    right = sent.text[m.end - sent.start :]
    if _ATTRIBUTION_BEFORE.search(left) or _ATTRIBUTION_AFTER.match(right):
        ent = table.add(m.name, "Organization", m.start)
        ent.outlet = True
        m.entity, m.kind = ent.key, "Organization"
    elif re.search(r"(?:^|\s)the\s+$", left, re.I) and not re.search(r"\b(?:in|at|near|to|from|into|across|on)\s+the\s+$", left, re.I) and not sent.headline:
        ent = table.add(m.name, "Organization", m.start)
        m.entity, m.kind = ent.key, "Organization"
    elif recurring is not None and m.name in recurring and not sent.headline:
        # "Hamas accused Israel ... Hamas threatened": a one-word name that keeps acting, never a location
        ent = table.add(m.name, "Organization", m.start)
        m.entity, m.kind = ent.key, "Organization"
