"""Within-document resolution: short forms, pronouns and descriptions to the full actor they stand for.

Full names are canonical ("Maduro" -> "Nicolás Maduro"); a surname shared by two people goes to the one
mentioned most recently; "the government" is the country the article is about so far. This module holds
the entity table and the pass over the document; what one unresolved mention refers to is in ``referents``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.arguments import POSSESSED_PERSON
from actorgraph.loaders.extractor.country_anaphors import link_bare_country
from actorgraph.loaders.extractor.group_descriptions import link_group_descriptions, link_pair_descriptions
from actorgraph.loaders.extractor.headed_names import mark_headed_names
from actorgraph.loaders.extractor.introduced_people import link_introduced_people
from actorgraph.loaders.extractor.leader_governments import VIAS as LEADER_GOVERNMENT
from actorgraph.loaders.extractor.leader_governments import mark_leader_governments, resolve_leader_government
from actorgraph.loaders.extractor.lede_descriptions import link_indefinite_people, link_lede_descriptions
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.name_registry import (
    declared_acronyms,
    merge_singular_names,
    recurring_names,
    register_names,
)
from actorgraph.loaders.extractor.org_descriptions import (
    STATE_BODY_WORDS,
    institution_anaphors,
    mark_class_introductions,
    mark_ngo_introductions,
    ngo_anaphors,
)
from actorgraph.loaders.extractor.person_objects import add_object_people, object_person
from actorgraph.loaders.extractor.place_names import drop_town_bodies
from actorgraph.loaders.extractor.polity_descriptions import link_polity_descriptions
from actorgraph.loaders.extractor.pronoun_genders import _PRONOUNS as _PRONOUN_VIAS
from actorgraph.loaders.extractor.pronoun_genders import agreeing_person, note_gender, set_genders
from actorgraph.loaders.extractor.referents import object_pronoun, resolve_one
from actorgraph.loaders.extractor.single_names import acting_single
from actorgraph.loaders.extractor.state_agents import (
    add_state_agents,
    link_country_descriptions,
    place_weight,
)
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.trigger_scan import TriggerHit, sentence_trigger_hits


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
    called: set[tuple[str, ...]] = field(default_factory=set)  # short forms the text has used for it: ("maduro",)
    gender: str | None = None  # "m" / "f" once a pronoun has stood for the person (pronoun_genders)
    headed: dict[str, int] = field(default_factory=dict)  # nouns written after its name ("X bloc"), and where


@dataclass
class EntityTable:
    entities: dict[str, Entity] = field(default_factory=dict)
    # the document's sentences and their resolved mentions (by id of the sentence), for discourse rules
    sentences: list[Sentence] = field(default_factory=list)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    home: str | None = None  # the country the dateline files the story from, as an entity key
    # "the X administration" as an organisation, until X's state is found -> the person X (see leader_governments)
    # (and whether it was only ever written "X's government")
    leader_governments: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def add(self, name: str, kind: str, pos: int, surface: str | None = None) -> Entity:
        norm = normalize_name(name)  # (once: an interpreted call of the graph model's)
        key = f"{kind}:{norm}"
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key, name, kind, tuple(norm.split()), first=pos)
            self.entities[key] = ent
        if surface and surface != ent.name:
            ent.aliases.add(surface)
        return ent

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]


def resolve(sentences: list[Sentence], mentions: list[list[Mention]], lex: Lexicon,
            home: str | None = None, hits: list[list[TriggerHit]] | None = None) -> EntityTable:
    """``home``: the country the dateline files the story from, as an entity key ("KAMPALA, Aug 14 -"): bare
    police, "the government" and unnamed authorities are more likely its own than a neighbour's named as often.
    ``hits``: each sentence's trigger matches (found here when not given), for one-word names in an actor's place."""
    table = EntityTable()
    table.home = home
    link_pair_descriptions(sentences, mentions)
    ngo_anaphors(sentences, mentions)
    mark_leader_governments(sentences, mentions)  # "the X administration": before names register
    register_names(table, mentions)
    mark_ngo_introductions(table, sentences, mentions)
    mark_headed_names(table, sentences, mentions)
    institution_anaphors(table, sentences, mentions)
    declared_acronyms(table, sentences, mentions)
    mark_class_introductions(table, sentences, mentions)
    _seat_of_union(table, mentions)
    _self_named_descriptions(sentences, mentions)
    add_state_agents(table, sentences, mentions, lex)
    add_object_people(sentences, mentions)
    link_lede_descriptions(table, sentences, mentions)
    link_indefinite_people(table, sentences, mentions)
    link_group_descriptions(table, sentences, mentions, lex)
    link_country_descriptions(sentences, mentions)
    link_bare_country(sentences, mentions)
    link_introduced_people(sentences, mentions)
    link_polity_descriptions(table, sentences, mentions)
    counts: Counter[str] = Counter()
    scene: Counter[str] = Counter()  # countries events are placed in (capitals, "in X"), see state_agents
    if table.home:
        scene[table.home] += 2  # counts only once the country is named in the text
    last_seen: dict[str, int] = {}
    prev_first_person: str | None = None
    named: set[str] = set()  # entities the text has named so far (not only referred to)
    history: list[tuple[Sentence, list[Mention]]] = []
    recurring = recurring_names(sentences, mentions)
    for k, (sent, sent_mentions) in enumerate(zip(sentences, mentions, strict=True)):
        first_person: str | None = None
        named_here: set[str] = set()
        genders: dict[str, set[str]] = {}
        for m in sent_mentions:
            pos = m.start
            if m.via == "obj-pronoun":
                object_pronoun(m, sent, sent_mentions, history)
            elif m.via == "obj-person":
                object_person(sent, m, sent_mentions, history)
                m.entity = agreeing_person(table, m, m.entity, sent_mentions, history, named_here)  # not a "she"'s
            elif m.via in LEADER_GOVERNMENT:
                resolve_leader_government(table, m, last_seen)
            elif m.kind is None:
                resolve_one(table, sent, m, last_seen, counts, first_person or prev_first_person, history, named_here,
                            first_person, recurring, scene, [x for x in sent_mentions if x.end <= m.start])
                if m.entity is None and acting_single(sent, m, sent_mentions, hits[k] if hits else
                                                      sentence_trigger_hits(sent.text.lower(), lex), lex):
                    m.entity = table.add(m.name, "Organization", pos).key  # "Hamas accused Israel ..."
            elif m.entity is None:
                m.entity = table.add(m.name, m.kind, pos, m.surface).key
            if m.entity is None:
                continue
            ent = table.entities[m.entity]
            if ent.kind == "Person" and m.via in _PRONOUN_VIAS:  # (the only mentions note_gender learns from)
                note_gender(genders, ent, m, named, sent_mentions if ent.key in named_here or not history
                            else [*history[-1][1], *sent_mentions])
            if m.via not in _BACK_REFERENCES:
                named.add(ent.key)
            if m.via not in _NAMED_ELSEWHERE and not m.via.startswith("group-of-"):
                named_here.add(m.entity)
            m.kind = ent.kind
            ent.count += 1
            counts[m.entity] += 1
            scene[m.entity] += place_weight(sent, m, lex)
            last_seen[m.entity] = pos
            if ent.kind == "Person" and first_person is None and not _possessor_of_apposed(sent, m, sent_mentions):
                first_person = ent.key
        if first_person:
            prev_first_person = first_person
        set_genders(table, genders)  # for the sentences after, not within ("said she feared he ...")
        history.append((sent, sent_mentions))
    _link_descriptions_forward(table, sentences, mentions)
    merge_singular_names(table, mentions)  # "the Houthi movement" and "the Houthis"
    drop_town_bodies(table, sentences, mentions, lex)
    for sent_mentions in mentions:
        sent_mentions[:] = [m for m in sent_mentions if m.entity is not None]
    table.entities = {k: e for k, e in table.entities.items() if e.count > 0}
    table.sentences = sentences
    table.mentions = {id(sent): ms for sent, ms in zip(sentences, mentions, strict=True)}
    return table



def _possessor_of_apposed(sent: Sentence, m: Mention, ms: list[Mention]) -> bool:
    """ "X's lawyer, Y, said he would appeal": Y is whom the sentence (and its "he") is about; X only says whose."""
    nxt = next((x for x in ms if x.start >= m.end), None)
    return m.possessive and nxt is not None and nxt.kind == "Person" \
        and POSSESSED_PERSON.fullmatch(sent.text, m.end - sent.start, nxt.start - sent.start) is not None


def sentence_person(sent: Sentence, ms: list[Mention]) -> str | None:
    """The person a resolved sentence is about, whom its "his"/"her" stands for: its first, as for "he"/"she" in
    ``resolve`` ("X's lawyer, Y, said his party ...": Y)."""
    return next((m.entity for m in ms if m.kind == "Person" and not _possessor_of_apposed(sent, m, ms)), None)


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


_BACK_REFERENCES = frozenset({"pronoun", "it-subject", "obj-pronoun", "obj-person", "possessor", "org-anaphor", "government", "own-government",
                              "description", "pair", "pair-people", "body-pair", "indef-org", "indef-owner", "state-agent",
                              "lede-description", "indef-person", "group-description",
                              "country-description", "polity-description", "introduced-person", *LEADER_GOVERNMENT})
# mentions that refer back to an actor named elsewhere, which do not count as naming it in their own sentence (the
# indefinite descriptions among _BACK_REFERENCES are resolved only after all sentences are read)
_NAMED_ELSEWHERE = _BACK_REFERENCES - {"indef-org", "indef-owner"}
