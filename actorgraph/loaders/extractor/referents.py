"""What one unresolved mention refers to, given the document so far: a pronoun, "it"/"them", a possessor,
"his government", "both sides" or "the three governments", a definite description, a state agent, an
organisation anaphor, or a short form of a name already seen (else an outlet or organisation by context).

``coref.resolve`` calls these while it walks the document sentence by sentence."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.answering_voices import answering_state
from actorgraph.loaders.extractor.apposition_heads import apposition_head
from actorgraph.loaders.extractor.demanded_pronouns import demanded_person, demanded_subject
from actorgraph.loaders.extractor.group_descriptions import pair_of_people
from actorgraph.loaders.extractor.leader_governments import recent_leader_government
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.listed_bodies import listed_bodies
from actorgraph.loaders.extractor.listed_countries import listed_countries
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.name_registry import contains, initials
from actorgraph.loaders.extractor.org_descriptions import is_armed, resolve_org_anaphor
from actorgraph.loaders.extractor.organ_antecedents import organ_antecedent
from actorgraph.loaders.extractor.pair_callers import (
    CALL_BEFORE,
    met_side,
    most_named_sides,
    pair_callers,
    sides_addressed,
    sides_called,
)
from actorgraph.loaders.extractor.patterns import PAST_VERB, VERB_LIKE, opening_end
from actorgraph.loaders.extractor.place_countries import as_place
from actorgraph.loaders.extractor.plural_subjects import (
    opens,
    pair_before,
    previous_plural_subject,
    told_by_unnamed,
)
from actorgraph.loaders.extractor.previous_openers import previous_opener
from actorgraph.loaders.extractor.pronoun_genders import agreeing_person
from actorgraph.loaders.extractor.speaker_states import ENVOY_TITLES, speaker_state
from actorgraph.loaders.extractor.state_agents import government_in_seat, resolve_state
from actorgraph.loaders.extractor.text import Sentence, previous_body
from actorgraph.loaders.extractor.unnamed_speakers import said_by_unnamed

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity, EntityTable

_ATTRIBUTION_BEFORE = re.compile(r"(?:according to|reports? (?:from|by)|reported by|told|quoted by|cited by|(?:a|the) report (?:from|by))\s+(?:the\s+)?$", re.I)
_ATTRIBUTION_AFTER = re.compile(r"^\s*(?:reported|reports|said in a report|cited|quoted|news agency|newspaper)\b", re.I)
_KIN_AFTER = re.compile(r"\s+(?:family|families|dynasty|household)\b", re.I)
# "the Brandt plan", "the Okafor doctrine": a thing named after someone the document does not name otherwise
# a people's adjective before a common noun ("the Korean ship", "the Kurdish blocs"): whose the thing is, no body
_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]+(?:ean|ian|ese|ish)")
_COMMON_NOUN_AFTER = re.compile(r"\s+([a-z]+)")
_NAMED_AFTER = re.compile(r"\s+(?:plan|proposals?|doctrine|initiative|formula|roadmap|blueprint|era|years|report)\b")
# a one-word name in a party's place: the one accused or asked to act ("accused X of", "would ask X to", "urged
# X and Y to"), or the body an affiliate or branch belongs to ("X's Sahel affiliate"): a body, not a place
_CHARGED_OR_ASKED_BEFORE = re.compile(r"\b(?:accus(?:e|es|ed|ing)|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+$", re.I)
_CHARGED_OR_ASKED_AFTER = re.compile(r"^\s+(?:(?:of|to)\s+[a-z]|and\s)")
_BRANCH_AFTER = re.compile(r"^['’]s\s+(?:[A-Z][\w\-]*\s+|[a-z]+\s+)?(?:affiliate|affiliates|branch|offshoot|franchise|"
                           r"wing|subsidiary)\b")
_LIST_REACH = 2  # sentences back that a list of two states is sought in; further back, the two of the story
# "the two countries", "the two capitals": states, which the story's two most named countries are; "the two
# sides" or "parties" may be people or armed groups, and are left to the talks or conflict in progress
_STATES_NOUN = r"(?:countries|capitals|governments|nations|states|neighbou?rs)$"
_STATE_PAIR = re.compile(r"\b" + _STATES_NOUN, re.I)
_BOTH_STATES = re.compile(r"both\s+(?:of\s+)?(?:(?:its|their|his|her)\s+)?" + _STATES_NOUN, re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def object_pronoun(m: Mention, sent: Sentence, sent_mentions: list[Mention],
                   history: list[tuple[Sentence, list[Mention]]]) -> None:
    """ "urged it to ...": the state or body named last before it in the sentence, never a subject of the
    pronoun's own clause ("Chile on Monday sanctioned it" is not Chile): not the subject the main clause opens with
    (after an opening "If / After / Because X ..., " the first actor after the comma), nor the subject of the
    pronoun's own verb ("a court of X ordered it to pay": not X), nor a place ("its handling of risks in X and
    ordered it to": not X); "accusing them of ...": the group named last; else the previous sentence's; else two
    states or bodies named together ("met Peru and Bolivia ... sanction them": each); else, in
    "Peru said Chile had attacked it", the speaker; else the actor the previous sentence opened with."""
    wanted = ("Group",) if m.surface.lower() == "them" else ("Country", "Organization")
    before = [x for x in sent_mentions if x.end <= m.start and x.entity]
    main = _main_subject(sent, before)
    subjects = {x.entity for x in before if x is main or _subject_of_verb_before(sent, x, m)}
    pool = [x for x in before if x.entity not in subjects and x.kind in wanted and not as_place(sent, x)]
    if not pool and history and not before:
        pool = [x for x in history[-1][1] if x.entity and x.kind in wanted]
    if not pool and wanted == ("Group",) and (pair := pair_before(sent, before, subjects, history)):
        m.entity, m.also = pair[0], pair[1:]  # "Chile met Peru and Bolivia. Ecuador will sanction them": each
        return
    if not pool and before and before[0].kind in wanted and _SPEAKER_OF.fullmatch(sent.text, before[0].end - sent.start,
                                                                                 m.start - sent.start):
        pool = before[:1]  # "Peru said Chile had attacked it": the speaker, when no one else in the clause can be
    if not pool and before and {x.entity for x in before} <= subjects:
        # "Peru sanctioned it": the subject is not what "it" stands for; the body or state the last sentence opened with
        opener = previous_opener(history, ("Group", "Organization") if wanted == ("Group",) else wanted)
        pool = [opener] if opener is not None and opener.entity not in subjects else []
    if pool:  # (not a body inside an apposition to the one named before it)
        m.entity = apposition_head(sent, pool, m).entity


def _main_subject(sent: Sentence, before: list[Mention]) -> Mention | None:
    """The actor the main clause opens with: the sentence's first, or the first after an opening clause."""
    start = sent.start + opening_end(sent.text)
    return next((x for x in before if x.start >= start), None)


# auxiliaries and a negation before the verb: "X had sanctioned it", "X did not urge it to", "X held talks with it"
_VERB_BEFORE = re.compile(r"\s+(?P<aux>(?:had|has|have|was|were|is|are|would|will|could|did|does|do|had been|has been)"
                          r"\s+)?(?:not\s+|never\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?:\s+(?:up)?on|(?:\s+an?)?(?:\s+"
                          r"(?:talks|deal|agreement|accord|pact))?\s+with)?\s+")
# the speaker's verb opening the clause the pronoun is in, no second clause between ("said ... and Chile backed it")
_SPEAKER_OF = re.compile(r"\s+(?:also\s+|later\s+)?(?:said|says|claimed|claims|alleged|alleges|complained|complains|"
                         r"insisted|insists|told\s+[\w\-]+)(?:\s+on\s+\w+)?\s+(?:that\s+)?(?![^,;]*\band\b)[^,;]+")


def _subject_of_verb_before(sent: Sentence, x: Mention, m: Mention) -> bool:
    """ "X ordered it", "X sharply told them", "X had called on it": only a verb between X and the pronoun, whose
    subject X is."""
    gap = _VERB_BEFORE.fullmatch(sent.text, x.end - sent.start, m.start - sent.start)
    return gap is not None and (PAST_VERB.fullmatch(verb := gap.group("verb")) is not None or bool(gap.group("aux"))
                                or VERB_LIKE.fullmatch(verb) is not None or verb == "told")


def _whole_word(tok: str, name: str) -> bool:
    """Whether ``tok`` is a whole word of the written name, not a piece of a hyphenated one ("the Taliban" is no
    short form of "Tehreek-e-Taliban Pakistan")."""
    return any(normalize_name(w) == tok for w in name.split())


def resolve_one(table: EntityTable, sent: Sentence, m: Mention, last_seen: dict[str, int],
                counts: Counter[str], recent_person: str | None,
                history: list[tuple[Sentence, list[Mention]]] | None = None,
                named_here: set[str] | None = None, speaker_here: str | None = None,
                recurring: set[str] | None = None, scene: Counter[str] | None = None,
                here: list[Mention] | None = None) -> None:
    """``named_here``: entities named (not referred back to) earlier in the same sentence."""
    history = history or []
    named_here = named_here or set()
    if m.via == "pronoun":  # (not "The agency's chief said he ...": that chief, unnamed)
        if demanded_subject(sent, m) and (other := demanded_person(table, sent, m, here or [], history)):
            m.entity = other  # "X demanded that he apologise": not X
            return
        m.entity = None if said_by_unnamed(sent, m, here or []) else \
            agreeing_person(table, m, recent_person, here or [], history, named_here)
        return
    if m.via == "it-subject":  # "It accused ...": the organisation or state that opened the previous sentence
        if m.surface.lower() == "they":  # "Fighters of the X Front seized ... They accused": a group, or a body under arms
            plural = previous_plural_subject(history)
            if told_by_unnamed(history):  # "..., officials said. They said": those officials, no one named
                return
            if plural:  # "Peru and Chile massed troops ... They attacked": each of them
                m.entity, m.also = plural[0], plural[1:]
                return
            quoted = sent.text[: m.start - sent.start].strip() in ('"', "“")
            opener = previous_opener(history, ("Group", "Organization", "Country") if quoted else ("Group", "Organization"))
            ent = table.entities.get(opener.entity or "") if opener is not None else None
            # a speaker's "They have attacked us" may be the state the last sentence opened with, as prose's "they" is not
            m.entity = ent.key if ent is not None and (ent.kind == "Group" or is_armed(ent) or (quoted and opens(history, opener))
                                                       or (opener is not None and opener.possessive)) else None
            return
        opener = previous_opener(history, ("Organization", "Country"))
        if opener is not None:
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
    if m.via == "body-pair":  # "both groups", "the two companies": the two organisations just listed
        m.entity, m.also = listed_bodies(sent, m, here or [], history)
        return
    if m.via.startswith("group-of-") or m.via == "pair" and _BOTH_STATES.match(m.surface):
        # "the three governments", "accused Chad and the UAE ..., charges both governments deny": the last list
        size = int(m.via.rsplit("-", 1)[1]) if m.via != "pair" else 2
        states = size == 2 and bool(_STATE_PAIR.search(m.surface))
        m.via = f"group-of-{size}"
        m.entity, m.also = listed_countries(size, [*history[-_LIST_REACH:], (sent, here or [])] if states else history,
                                            sent if sides_addressed(sent, m) else None)
        if m.entity is None and (states or size == 2 and sides_called(sent, m, dealing=False)):
            # "mediate between the two capitals", "urged the two sides to talk": as "both sides"
            m.via = "pair"
        else:
            return
    if m.via == "pair-people":  # "the two leaders": the two officials just named, else a group as before
        prev = previous_body(history)
        pair = pair_of_people(table, here or [], prev[1] if prev else [])
        if pair:
            m.entity, m.also, m.kind = pair[0], pair[1:], "Person"
            return
        lead = re.sub(r"(?i)\bthe\s+$", "", sent.text[: m.start - sent.start])  # ("between the two ministers")
        if not (_BETWEEN_BEFORE.search(lead) or CALL_BEFORE.search(lead)):
            m.entity = table.add(m.name, "Group", m.start, m.surface).key
            return
        m.via = "pair"  # none named, addressed: the two sides, as "both sides" ("talks between the two foreign ministers")
    if m.via == "pair":  # "both sides": the two countries most talked about so far, not the one calling on them
        caller = pair_callers(table, sent, m, here or [])  # "Peru urged both sides", "X will host both sides": not X
        sides = most_named_sides(table, counts, caller, bool(_STATE_PAIR.search(m.surface)), met_side(sent, m, here or [], caller))
        if len(sides) >= 2:
            m.entity, m.also = sides[0].key, [sides[1].key]
        return
    if m.via == "description":  # "the Venezuelan leader" -> the person introduced with that role
        if m.title is None:
            return
        wanted = m.title.text.lower()
        country = f"Country:{normalize_name(m.country)}" if m.country else None
        people = [e for e in table.of_kind("Person") if e.title and (
            e.title == wanted or (wanted in ("leader", "head", "chief") and e.leader))
            and (country is None or e.country == country)]
        if not people:  # "the minister" for the foreign minister: the title's head noun, not "the president" for a vice
            people = [e for e in table.of_kind("Person") if e.title and _titled_by_head(e.title, wanted)
                      and (country is None or e.country == country)]
        if people:
            seen = [e for e in people if e.key in last_seen]
            m.entity = (max(seen, key=lambda e: last_seen[e.key]) if seen else people[0]).key
        elif m.country and wanted in ENVOY_TITLES:  # "summoned the Chinese ambassador": China's representative
            m.entity = table.add(m.country, "Country", m.start).key
        return
    if m.via == "government" and (named := recent_leader_government(m, history)
                                  or organ_antecedent(m, sent, here or [], history)):
        m.entity = named  # "The Okafor administration said ... The administration added"; "Sudan's army ... the army"
        return
    if m.via in ("government", "state-agent"):
        seat = government_in_seat(sent, m, lexicon(), here or []) if m.via == "government" else None
        titled = m.via == "government" and lexicon().title_at([t.lower for t in sent.tokens], m.j) is not None
        m.entity = table.add(seat, "Country", m.start).key if seat else speaker_state(table, sent, m, here or []) \
            or (answering_state(sent, m, history) if titled else None) \
            or resolve_state(table, m, counts, scene or Counter(), history, titled)
        return
    if m.via == "org-anaphor":
        resolve_org_anaphor(table, m, last_seen, named_here, here or [], history, sent)
        return
    # a single capitalised word: a short form of a known name, or an organisation by its context
    tok = normalize_name(m.name)
    if not tok:
        return
    toks = tuple(tok.split())  # "al-Nouri" is two tokens of "Khaled al-Nouri"
    people = [e for e in table.of_kind("Person") if contains(e.tokens, toks) and len(e.tokens) > len(toks)]
    if people:
        before = [e for e in people if e.key in last_seen]
        # a short form the text already used for one of them keeps meaning that one ("Juan Perez ... Perez said ...
        # his wife, Ana Perez, ... Perez was jailed": Juan), else the one named last
        used = [e for e in before if toks in e.called]
        before = used if len(used) == 1 else before
        ent = max(before, key=lambda e: last_seen[e.key]) if before else min(people, key=lambda e: e.first)
        ent.called.add(toks)
        m.entity = ent.key
        return
    if m.via == "headline":  # (an acronym the body declared for a name: "... Army (ELN)" for a headline's "ELN")
        orgs = [e for e in table.of_kind("Organization") if e.aliases and tok in map(normalize_name, e.aliases)] \
            or [e for e in table.of_kind("Organization") if e.tokens == (tok,) or initials(e.tokens) == tok]
        m.entity = orgs[0].key if len(orgs) == 1 else None
        return
    orgs = [e for e in table.of_kind("Organization") if tok in e.tokens and _whole_word(tok, e.name)
            or initials(e.tokens) == tok]
    if len(orgs) > 1:  # "the European Commission ... the Commission ... the Venice Commission": the one seen so far
        orgs = seen_org(orgs, last_seen)
    if len(orgs) == 1:
        m.entity = orgs[0].key
        return
    left = sent.text[max(0, m.start - sent.start - 60) : m.start - sent.start]
    right = sent.text[m.end - sent.start :]
    if _ATTRIBUTION_BEFORE.search(left) or _ATTRIBUTION_AFTER.match(right):
        ent = table.add(m.name, "Organization", m.start)
        ent.outlet = True
        m.entity, m.kind = ent.key, "Organization"
    elif _KIN_AFTER.match(right) or _NAMED_AFTER.match(right) \
            or _DEMONYM_SHAPE.fullmatch(m.name) and (noun := _COMMON_NOUN_AFTER.match(right)) is not None \
            and noun.group(1) not in lexicon().organization_cues:  # (not "the Sindian front": a body's name)
        return  # "the Bongo family's rule", "the Kenyatta dynasty": a family name, not an organisation
    elif re.search(r"(?:^|\s)the\s+$", left, re.I) and not re.search(r"\b(?:in|at|near|to|from|into|across|on|over|along|beyond|through|toward|towards)\s+the\s+$", left, re.I) and not sent.headline:
        ent = table.add(m.name, "Organization", m.start)
        m.entity, m.kind = ent.key, "Organization"
    elif not sent.headline and (_CHARGED_OR_ASKED_BEFORE.search(left) and _CHARGED_OR_ASKED_AFTER.match(right)
                                or _BRANCH_AFTER.match(right)):
        article = re.search(r"(?:^|\s)(al|el)\s$", left)  # "al Qaeda's affiliate": the article is part of the name
        ent = table.add(f"{article.group(1)} {m.name}" if article else m.name, "Organization", m.start)
        m.entity, m.kind = ent.key, "Organization"
    elif recurring is not None and m.name in recurring and not sent.headline:
        # "Hamas accused Israel ... Hamas threatened": a one-word name that keeps acting, never a location
        ent = table.add(m.name, "Organization", m.start)
        m.entity, m.kind = ent.key, "Organization"


_NOT_THE_HEAD = frozenset({"vice", "deputy", "prime", "assistant", "under", "acting", "interim", "former"})


def _titled_by_head(title: str, wanted: str) -> bool:
    """ "foreign minister" is "the minister", "special envoy" "the envoy"; "vice president" is not "the president",
    nor "prime minister" "the minister" (each has a description of its own)."""
    words = title.split()
    return " " not in wanted and len(words) > 1 and words[-1] == wanted and words[0] not in _NOT_THE_HEAD


def seen_org(orgs: list[Entity], last_seen: dict[str, int]) -> list[Entity]:
    """Of several organisations sharing a word, the one named most recently so far, if any was named yet
    (a short form points back; the namesake introduced later in the article is not meant)."""
    seen = [e for e in orgs if e.key in last_seen]
    return [max(seen, key=lambda e: last_seen[e.key])] if seen else orgs
