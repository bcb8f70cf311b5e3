"""Document-level completion of relations a sentence leaves open:

- implicit agents ("existing sanctions on X" in an article about U.S. policy -> United States SANCTIONS X),
- targets from the conversation in progress ("Maduro aimed to negotiate" after a call with Trump),
- who a denial answers ("Kigali denies the accusation" -> the actor that accused Rwanda),
- dates carried from the dated event between the same two actors in the same paragraph."""

from __future__ import annotations

import copy
import re
from collections import Counter

from actorgraph.graph.registry import ontology
from actorgraph.loaders.extractor.affiliation_sides import appointing_side, release_demands, ruling_parties
from actorgraph.loaders.extractor.also_listed import also_listed
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.counter_accusations import counter_accused, sharper
from actorgraph.loaders.extractor.criticised_acts import criticised_parties
from actorgraph.loaders.extractor.criticised_laws import law_makers
from actorgraph.loaders.extractor.dates import names_other_year
from actorgraph.loaders.extractor.deed_denials import deed_claimant, not_a_deed
from actorgraph.loaders.extractor.defence_lawyers import client_adversary
from actorgraph.loaders.extractor.denial_fallbacks import latest_adversary, repeated_denial
from actorgraph.loaders.extractor.department_states import departments_to_states
from actorgraph.loaders.extractor.discourse_partners import TALKS as _TALKS
from actorgraph.loaders.extractor.discourse_partners import answer_partners as _partners
from actorgraph.loaders.extractor.echoed_claims import echoed_speaker
from actorgraph.loaders.extractor.implicit_agents import (
    authority,
    destinations,
    measure_subject,
    passive_agent_state,
    place_of_detention,
    suspected_parties,
)
from actorgraph.loaders.extractor.included_targets import included_targets
from actorgraph.loaders.extractor.measure_lists import listed_targets
from actorgraph.loaders.extractor.national_denials import own_people_side
from actorgraph.loaders.extractor.organ_posts import posts_to_states, staff_posts
from actorgraph.loaders.extractor.pair_sides import conflict_sides
from actorgraph.loaders.extractor.patterns import GOVERNMENT_PREFIX, clause_end
from actorgraph.loaders.extractor.policed_crowds import policed_crowds
from actorgraph.loaders.extractor.protest_participants import protest_participants
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.reported_claims import (
    accusation,
    answers_claim,
    reported_by,
)
from actorgraph.loaders.extractor.stance_objects import critics_of
from actorgraph.loaders.extractor.state_measures import measures_to_states
from actorgraph.loaders.extractor.state_voices import state_voice
from actorgraph.loaders.extractor.story_counterparts import story_counterpart
from actorgraph.loaders.extractor.text import has_word
from actorgraph.loaders.extractor.unaddressed_demands import home_demand

_AUTHORITY_TYPES = ("SANCTIONS", "DESIGNATES", "EASES_SANCTIONS")
_AFFILIATION_TYPES = ("LEADS", "HOLDS_POSITION", "MEMBER_OF")
_STATE_ACTS = ("COERCES", "INVESTIGATES")


def complete_relations(raw: list[RawRelation], table: EntityTable, lawyers: dict[str, list[str]]) -> list[RawRelation]:
    """``lawyers``: ``defence_lawyers.lawyer_clients`` of the document, as the extractor found it for the quotes."""
    known = {(r.source, r.type, r.target) for r in raw}
    listed = [r for r in listed_targets(raw, table.sentences, table.mentions) if (r.source, r.type, r.target) not in known]
    known.update((r.source, r.type, r.target) for r in listed)
    for r in also_listed(raw, table.sentences, table.mentions) + included_targets(raw, table.sentences, table.mentions):
        if (r.source, r.type, r.target) not in known:
            known.add((r.source, r.type, r.target))
            listed.append(r)
    if listed:
        raw = sorted(raw + listed, key=lambda r: r.sentence.index)
    posts_to_states(raw, table)  # "X, a State Department spokesman": a post in the United States
    staff_posts(raw)  # "President X's spokeswoman, Y": a post in X's state
    measures_to_states(raw, table)  # now: a later "rejected the measures" or "what it called interference" answers
    #   the state whose body took the measure or lodged the protest, not the body
    raw = departments_to_states(raw, table)  # "the State Department said ...": the United States
    conflict_sides(raw, table.mentions)
    affiliation: dict[str, set[str]] = {}
    for r in raw:
        if r.type in _AFFILIATION_TYPES and r.source and r.target:
            affiliation.setdefault(r.source, set()).add(r.target)

    bodies = ruling_parties(table, affiliation)  # and "Pakistan's ISPR": on Pakistan's side

    def same_side(a: str | None, b: str | None) -> bool:
        if not a or not b:
            return False
        aa, ab = affiliation.get(a, set()), affiliation.get(b, set())
        return a == b or b in aa or a in ab or bool(aa & ab) or bodies.get(a, a) == bodies.get(b, b)

    authorities = Counter(r.source for r in raw if r.type in _AUTHORITY_TYPES and r.source and not r.implicit)
    out: list[RawRelation] = []
    by_paragraph: dict[int, list[RawRelation]] = {}  # out, per paragraph (date frames are looked up there)

    def emit(rel: RawRelation) -> None:
        out.append(rel)
        by_paragraph.setdefault(rel.sentence.paragraph, []).append(rel)

    for idx, r in enumerate(raw):
        denial = r.type == "DENIES" and r.needs_partner  # (as it stands before the passes below change it)
        if r.props.get("pair_anaphor"):  # "both sides agreed": the two sides of the talks in progress
            talks = next((e for e in reversed(_earlier(raw, idx, denial)) if e.type in _TALKS + ("AGREES_WITH",)
                          and e.source and e.target and not e.props.get("pair_anaphor")), None)
            if talks is not None and not ("Person:" in f"{talks.source}{talks.target}"  # ("the two countries"
                                          and "Person:" not in f"{r.source}{r.target}"):  # are no two who met)
                pair = (talks.source, talks.target)  # (a directed reciprocal act's twin keeps its own direction:
                #   "the two countries accused each other")
                turned = ontology().relation_type(r.type).directed and (pair[1] == r.source or pair[0] == r.target)
                r.source, r.target = pair[::-1] if turned else pair
        if r.target and r.target.startswith(GOVERNMENT_PREFIX):
            person = r.target[len(GOVERNMENT_PREFIX):]
            states = sorted(a for a in affiliation.get(person, ()) if a.startswith("Country:"))
            r.target = states[0] if states else person
        if r.source and r.source.startswith(GOVERNMENT_PREFIX):  # "The government of President X denied ..."
            person = r.source[len(GOVERNMENT_PREFIX):]
            states = sorted(a for a in affiliation.get(person, ()) if a.startswith("Country:"))
            r.source = states[0] if states else person
        if r.props.get("appointed"):
            r.target = appointing_side(r.target, affiliation, table, r.source)
            if r.target is None:
                continue
        if r.source is None and r.implicit:
            if r.type in _STATE_ACTS and r.target and r.target.startswith("Country:"):
                continue  # "X is detained" with a country as X: the subject was misread
            # an arrest or investigation is by the state it happens in, not whoever sanctions
            place = (passive_agent_state(r, table) or place_of_detention(r, table)) if r.type in _STATE_ACTS else None
            suspects = suspected_parties(r, table)  # "detained on suspicion of spying for X": not by X
            if place is None and r.type in _STATE_ACTS and table.home in table.entities and table.home != r.target \
                    and table.home not in suspects:  # (nor "charged with spying for X" in a story about X)
                place = table.home  # "X was arrested" in a story filed from the capital: by that state
            critics = critics_of(r, raw, table.mentions.get(id(r.sentence), []))  # "Peru condemned the sanctions on X"
            critics |= destinations(r, table)  # "were expelled to neighbouring X": not by X
            critics |= suspects
            r.source = place or authority(r.target, Counter() if r.type in _STATE_ACTS else authorities, table,
                                          affiliation, measure_subject(r, table), bool(r.props.get("evaded")), critics)
            if r.source is None:
                continue
        earlier = _earlier(raw, idx, denial) if r.target is None and r.needs_partner else []
        if r.target is None and r.needs_partner and (answered := repeated_denial(r, earlier)) is not None:
            if not answered:  # "denied claims by X ..., calling the allegation 'pure fabrication'": X's claim again
                continue
            r.target, r.props["target"], r.confidence = answered[0], "discourse", round(r.confidence * 0.7, 3)
        if r.target is None and r.needs_partner:
            if not_a_deed(r):
                continue  # "said he did not expect the case to go to trial": no deed denied
            if r.type == "AIDS" and _CONTRABAND.match(r.trigger_text):
                continue  # "accused the group of smuggling fuel": contraband goes to no party the story names
            if _object_named_after(r, table):
                continue  # "refused to appear before the Court of X": the object is there, just not understood
            partners = client_adversary(r, earlier, lawyers, same_side, table)  # "X's lawyer denied ...": X's accuser
            partners = partners or deed_claimant(r, earlier, same_side)  # "said he had never paid ..."
            echo = None if partners else echoed_speaker(r, table, same_side)  # "... were killed. X denied hitting ..."
            side = own_people_side(r, table, same_side)  # "X denied that its nationals ...": the charge on them
            partners = partners or ([] if echo else _partners(r, earlier, side, affiliation, table))
            claim = echo or (reported_by(r, table, same_side) if not partners and answers_claim(r) else None)
            if claim is not None:  # "X said the navy fired ... The navy denied it": X accused, the denial answers X
                partners, r.type = [state_voice(claim[0], r, same_side, affiliation, table)], "DENIES"
                accused = accusation(r, *claim)
                if accused is not None and (accused.source, "ACCUSES", accused.target) not in known:
                    emit(accused)
            partners = criticised_parties(r, raw, partners, table)  # "condemned the arrest and urged X to free ..."
            partners = partners or law_makers(r, table, same_side)  # "X passed a law ... Y criticised the law"
            countered = counter_accused(r, raw, idx)  # "X denied the claims and accused Y of ...": Y
            partners = sharper(partners, countered, same_side)
            partners = partners or latest_adversary(r, earlier, side)  # "X detained ... Y denied that ..."
            partners = partners or home_demand(r, table, affiliation)  # "X demanded the withdrawal of troops"
            partners = partners or story_counterpart(  # "Ethiopia rejected the accusation"
                r, raw, same_side, {m.entity for m in table.mentions.get(id(r.sentence), [])
                                        if m.start - r.sentence.start > r.trigger_start})
            if not partners:
                continue
            r.target = partners[0]
            r.confidence = round(r.confidence * 0.7, 3)
            r.props["target"] = "discourse"
            for other in partners[1:]:  # "denounced the sanctions" imposed by two countries at once
                twin = copy.copy(r)
                twin.props = dict(r.props)
                twin.target = other
                emit(twin)
        if not r.source or not r.target or r.source == r.target:
            continue
        if "date" not in r.props and r.type not in _AFFILIATION_TYPES and not (
                has_word(r.sentence, _RELATIVE_WORDS) and _TOLD_RELATIVE.search(r.sentence.text, 0, r.trigger_start)):
            # the same pair dated earlier in the paragraph ("X and Y spoke on Monday. X offered ..."); a denial or a
            # charge answers an earlier claim or act, usually days later, so only a date in its own sentence counts
            frame = next((e for e in reversed(by_paragraph.get(r.sentence.paragraph, [])) if "date" in e.props
                          and {e.source, e.target} == {r.source, r.target} and not e.props.get("date_inferred")
                          and (r.type not in _LATER_ANSWERS or e.sentence.index == r.sentence.index)), None)
            if frame is not None and not names_other_year(r.sentence.text, frame.props["date"]):
                r.props["date"] = frame.props["date"]
                r.props["date_inferred"] = "true"
        emit(r)
    out += protest_participants(out, table)
    out += policed_crowds(out, table)  # "police arrested 18 protesters": the crowd protests the state
    measures_to_states(out, table)  # "the U.S. Treasury sanctioned X": the United States' measure
    out = departments_to_states(out, table)
    return release_demands(out, table, affiliation)


def _earlier(raw: list[RawRelation], idx: int, denial: bool) -> list[RawRelation]:
    """The relations before ``raw[idx]``; for a denial, also the charges told before it in its sentence ("X said Y
    armed Z, a claim Y denies": a later pass found them, reported.py)."""
    r = raw[idx]
    if not denial:
        return raw[:idx]
    return raw[:idx] + [e for e in raw[idx + 1 :] if e.sentence is r.sentence and e.trigger_start < r.trigger_start]


# "... days after both sides had agreed to ...": an act dated only relative to another is not of that one's day
_TOLD_RELATIVE = re.compile(r"\b(?:after|before|since)\s+(?:[\w\-]+\s+){1,5}?(?:had|have|has)\s+(?:[a-z]+ly\s+)?"
                            r"(?:[a-z]+\s+){0,2}$", re.I)
_RELATIVE_WORDS = frozenset({"after", "before", "since"})  # one is a whole word in every _TOLD_RELATIVE match
_CONTRABAND = re.compile(r"(?:smuggl|traffick)", re.I)
_LATER_ANSWERS = frozenset({"DENIES", "INVESTIGATES"})  # told after the claim or act, seldom on its day


def _object_named_after(r: RawRelation, table: EntityTable) -> bool:
    """A refusal whose own clause names an organisation or state right after its verb (not the main clause after
    an opening one: "Because Peru refused, Chile ...")."""
    if r.type != "REJECTS" or r.props.get("event"):
        return False
    end = clause_end(r.sentence.text, r.trigger_start)
    after = [m for m in table.mentions.get(id(r.sentence), []) if r.trigger_start < m.start - r.sentence.start < end
             and m.kind in ("Organization", "Country") and m.entity != r.source]
    return bool(after) and after[0].start - r.sentence.start - r.trigger_start < 60


