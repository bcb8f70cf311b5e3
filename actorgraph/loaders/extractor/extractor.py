"""``RuleBasedExtractor``: sentences -> mentions -> coreference -> relations -> discourse clean-up."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from actorgraph.graph.model import Document, normalize_name
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.doc_text import unwrap_lines
from actorgraph.loaders.extractor.accession_talks import accession_talks
from actorgraph.loaders.extractor.addressed_pairs import calls_on_named_pairs
from actorgraph.loaders.extractor.affiliation_checks import (
    drop_contradicted_affiliations,
    without_unrelated_groups,
)
from actorgraph.loaders.extractor.ambiguous_states import other_state_forms
from actorgraph.loaders.extractor.answered_proposals import answered_proposals
from actorgraph.loaders.extractor.arguments import speaker_appositions
from actorgraph.loaders.extractor.bare_detentions import bare_detentions, without_held_events
from actorgraph.loaders.extractor.body_subjects import opens_with_unnamed_body, subject_body
from actorgraph.loaders.extractor.both_denials import both_denials
from actorgraph.loaders.extractor.build import build_extraction
from actorgraph.loaders.extractor.characterised_agents import characterised_agents
from actorgraph.loaders.extractor.characterised_plots import characterised_plots
from actorgraph.loaders.extractor.characterised_steps import characterised_steps
from actorgraph.loaders.extractor.clause_arguments import in_relative_clause
from actorgraph.loaders.extractor.co_patients import co_patients
from actorgraph.loaders.extractor.collective import with_uncounted_aliases
from actorgraph.loaders.extractor.compounds import pair_mentions, pair_relations, split_pairs
from actorgraph.loaders.extractor.conditioned_threats import conditioned_threats
from actorgraph.loaders.extractor.coordinated_acts import coordinated_acts
from actorgraph.loaders.extractor.coref import STATE_BODY_WORDS as _STATE_BODY_WORDS
from actorgraph.loaders.extractor.coref import EntityTable, resolve, sentence_person
from actorgraph.loaders.extractor.counted_patients import without_counted_patients
from actorgraph.loaders.extractor.dateline import dateline_country, read_furniture
from actorgraph.loaders.extractor.dates import DayAnchor
from actorgraph.loaders.extractor.defence_lawyers import lawyer_clients, quoted_statements
from actorgraph.loaders.extractor.delegations import delegation_meetings
from actorgraph.loaders.extractor.delisted_owners import delisted_owners
from actorgraph.loaders.extractor.demand_threats import demand_threats
from actorgraph.loaders.extractor.denied_allegations import mark_denied_allegations
from actorgraph.loaders.extractor.described_bodies import coordinated_bodies, described_bodies
from actorgraph.loaders.extractor.described_deniers import described_deniers
from actorgraph.loaders.extractor.described_groups import without_described_groups
from actorgraph.loaders.extractor.discourse import complete_relations
from actorgraph.loaders.extractor.embedded_charges import embedded_charges
from actorgraph.loaders.extractor.envoy_meetings import envoy_meetings
from actorgraph.loaders.extractor.events_demands import speech_demands
from actorgraph.loaders.extractor.events_denials import characterised_denials
from actorgraph.loaders.extractor.events_threats import speech_threats
from actorgraph.loaders.extractor.expected_acts import speakers_expectations
from actorgraph.loaders.extractor.expelled_envoys import expelled_envoys
from actorgraph.loaders.extractor.faced_charges import _GATE as _FACED_WORDS
from actorgraph.loaders.extractor.faced_charges import faced_charges, without_unplaced_trials
from actorgraph.loaders.extractor.fired_officials import fired_official
from actorgraph.loaders.extractor.first_person import writers_act
from actorgraph.loaders.extractor.force_aid import force_aid
from actorgraph.loaders.extractor.force_casualties import attacks_on_state_forces
from actorgraph.loaders.extractor.force_events import force_events
from actorgraph.loaders.extractor.fronted_questions import across_fronted_question
from actorgraph.loaders.extractor.gapped_accusations import (
    accused_bodies,
    apposed_conjunct_accusations,
    gapped_accusations,
    without_gapped_objects,
)
from actorgraph.loaders.extractor.group_protests import group_street_protests
from actorgraph.loaders.extractor.handed_protests import handed_protests
from actorgraph.loaders.extractor.headline_dates import (
    date_headline_relations,
    headline_people,
    without_headline_stances,
)
from actorgraph.loaders.extractor.imputed_charges import with_sentence_posts
from actorgraph.loaders.extractor.intention_refusals import intention_refusals
from actorgraph.loaders.extractor.kinship import kin_relations
from actorgraph.loaders.extractor.leader_governments import remap_leader_governments
from actorgraph.loaders.extractor.led_by import backed_by, describes_noun
from actorgraph.loaders.extractor.legal_challenges import legal_challenges
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention, find_mentions
from actorgraph.loaders.extractor.message_demands import message_demands
from actorgraph.loaders.extractor.offered_meetings import offered_meetings
from actorgraph.loaders.extractor.organ_demands import organ_demands
from actorgraph.loaders.extractor.own_state_reports import without_own_state_reports
from actorgraph.loaders.extractor.own_venues import supporters_at_own_venue
from actorgraph.loaders.extractor.pact_parties import pact_co_parties
from actorgraph.loaders.extractor.party_members import possessive_pronoun_roles
from actorgraph.loaders.extractor.passive_accused import described_reports, included_accused, passive_accused
from actorgraph.loaders.extractor.passive_stances import passive_stances
from actorgraph.loaders.extractor.place_countries import city_posts, without_places, without_unused
from actorgraph.loaders.extractor.possessed_allies import possessed_allies
from actorgraph.loaders.extractor.possessed_detentions import possessed_detentions
from actorgraph.loaders.extractor.prosecutors_charges import _GATE as _PROSECUTOR_WORDS
from actorgraph.loaders.extractor.prosecutors_charges import prosecutors_charges
from actorgraph.loaders.extractor.protest_venues import venue_protests
from actorgraph.loaders.extractor.public_works import public_works_aid
from actorgraph.loaders.extractor.quoted_charges import quoted_charges
from actorgraph.loaders.extractor.readiness_offers import readiness_offers
from actorgraph.loaders.extractor.relation_context import attach_context
from actorgraph.loaders.extractor.relations import RawRelation, find_relations
from actorgraph.loaders.extractor.reported import reported_accusations
from actorgraph.loaders.extractor.reported_abuse import reported_abuse
from actorgraph.loaders.extractor.retaliation_targets import retaliation_warnings
from actorgraph.loaders.extractor.spoken_states import spoken_states
from actorgraph.loaders.extractor.state_organs import without_idle_state_organs
from actorgraph.loaders.extractor.status import attribution_span
from actorgraph.loaders.extractor.story_states import (
    country_name,
    home_country,
    opening_country,
    states_by_count,
)
from actorgraph.loaders.extractor.strike_calls import strike_calls
from actorgraph.loaders.extractor.structural import structural_relations
from actorgraph.loaders.extractor.summoned_envoys import summoned_envoys
from actorgraph.loaders.extractor.summoned_purposes import without_summons_purposes
from actorgraph.loaders.extractor.summons_pairs import bare_envoys, summons_pair, summons_states
from actorgraph.loaders.extractor.text import Sentence, has_word, plain_text, split_sentences, tokenize
from actorgraph.loaders.extractor.title_states import opening_state, opens_with_bare_title
from actorgraph.loaders.extractor.trial_wordings import trial_wordings
from actorgraph.loaders.extractor.trigger_scan import document_trigger_hits
from actorgraph.loaders.extractor.vessels import spread_vessel_names
from actorgraph.loaders.extractor.warned_conditions import _WARN_WORDS, warned_conditions
from actorgraph.loaders.extractor.warrant_arrests import warrant_arrests

# the words one of faced_charges, prosecutors_charges and warned_conditions needs (each checks its own again)
_CHARGE_OR_WARNING_WORDS = _FACED_WORDS | _PROSECUTOR_WORDS | _WARN_WORDS


@dataclass(frozen=True, slots=True)
class Analysis:
    sentences: list[Sentence]
    mentions: list[list[Mention]]  # per sentence, resolved (``Mention.entity`` is a key of ``table``)
    table: EntityTable
    extraction: Extraction


class RuleBasedExtractor:
    """Offline extractor built from word lists and patterns; finds actors it has never seen by
    capitalisation, titles and cue words. Deterministic and thread-safe."""

    name = "rules"

    def __init__(self) -> None:
        self._lex = lexicon()

    def extract(self, document: Document) -> Extraction:
        return self.analyse(document).extraction

    def analyse(self, document: Document) -> Analysis:
        """The extraction together with the sentences, mentions and entity table it was built from
        (for evaluation and experiments that look at candidate pairs, not only at the output)."""
        text, origin = plain_text(document.text or "")  # evidence offsets go back to the document's text
        text = unwrap_lines(text)  # a record's hard-wrapped lines (the .txt and PDF readers join them already)
        sentences = split_sentences(text)
        title = (document.title or "").strip()
        if title and title not in text[: len(title) + 200]:
            tokens = tokenize(title)
            sentences.insert(0, Sentence(title, 0, len(title), -1, -1, tokens, headline=True))
        lex = self._lex
        furniture = read_furniture(text)  # the dateline, the byline and time stamp above it, the closing credit
        dateline = furniture.dateline
        filed_from = dateline_country(dateline, lex)  # "TUNIS, May 2 —": the article's country
        filed_from = f"Country:{normalize_name(filed_from)}" if filed_from else None
        split_pairs(sentences, lex)  # "Chile-Peru talks": two states
        mentions = [described_bodies(s, lex, find_mentions(s, lex, furniture.within(s.start, s.end) if s.index >= 0 else ()))
                    for s in sentences]  # (the document's title, inserted at index -1, has offsets of its own)
        for s, ms in zip(sentences, mentions, strict=True):
            pair_mentions(s, lex, ms)
        coordinated_bodies(sentences, mentions)
        spread_vessel_names(mentions)
        other_state_forms(mentions, filed_from)  # "BRAZZAVILLE — ... the Congolese authorities"
        trigger_hits = document_trigger_hits(text, sentences, lex)
        table = resolve(sentences, mentions, lex, filed_from, trigger_hits)
        raw: list[RawRelation] = []
        seen_counts: Counter[str] = Counter()
        affiliation: dict[str, str] = {}  # person -> country they lead or serve, as found so far
        prev_subject: str | None = None  # the organisation or country the previous sentence opened with
        armed_group: str | None = None  # the non-state organisation named last so far
        people_seen: list[str] = []  # people named so far, in order (for "his wife, X")
        prev_person: str | None = None  # the first person the previous sentence named
        prev_opening: str | None = None  # the state the previous sentence opened with ("Morocco denied ...")
        opening_paragraph = -1  # the paragraph of that sentence
        day_anchor = DayAnchor()  # the last day the body named (for "the next day")
        summons: tuple[str, str] | None = None  # (summoner, summoned) states of the story's last summons

        def story_state() -> str | None:  # the state the story is set in: its dateline's, else the most named so far
            return filed_from or home_country(seen_counts, table)

        for sent, sent_mentions, sent_hits in zip(sentences, mentions, trigger_hits, strict=True):
            # states this sentence names first (not by a noun of their agents, "investigators"): a bare title is
            #   taken to serve one only for want of another ("Senator X said Peru had ...")
            first_named = {m.entity for m in sent_mentions if m.kind == "Country" and m.entity not in seen_counts
                           and m.via != "state-agent"}
            for m in sent_mentions:
                if sent.headline:
                    continue
                if m.kind == "Country" and m.entity:
                    seen_counts[m.entity] += 1
                elif m.country and m.kind in ("Person", "Group"):
                    seen_counts[f"Country:{normalize_name(m.country)}"] += 1
            # the country a bare title belongs to: that of another person in the sentence, else the article's
            home = next((affiliation[m.entity] for m in sent_mentions if m.entity in affiliation), None)
            if home is None:  # (the fallbacks only now: as next's default they were worked out for every sentence)
                home = opening_country(sent, sent_mentions) or (prev_opening if opening_paragraph == sent.paragraph
                                                                    and opens_with_bare_title(
                    sent, sent_mentions) else None) or story_state()
            source = attribution_span(sent.text, [(m.start - sent.start, m.end - sent.start, m.entity or "")
                                                  for m in sent_mentions])
            arguments = [m for m in sent_mentions if not (source and m.entity == source or describes_noun(sent, m))]
            arguments = without_described_groups(sent, arguments)
            found = find_relations(sent, arguments, lex, sent_hits)
            if source:  # "according to X, an armed group allied with Y": the writer's description of the source
                found += find_relations(sent, sent_mentions, lex, speaker_appositions(sent, sent_mentions, sent_hits, source))
            states = states_by_count(seen_counts)  # (the counts are this sentence's from here on)
            summoned = summons_states(sent, sent_mentions, summons, states) if summons else None
            found += structural_relations(sent, sent_mentions, lex, summoned[0] if summoned else home, {}, prev_subject,
                                          armed_group, table, summoned[1] if summoned else states)
            if summoned:  # "X told the envoy, Y, that ...": Y is the summoned state's
                found += bare_envoys(sent, sent_mentions, found, summoned[1][0])
            found = spoken_states(sent, sent_mentions, found, filed_from)  # "A spokesman, X, said Beijing had ..."
            city_posts(found, sent_mentions, lex)  # "Kyiv mayor X": a post in the city, not the state's head
            first_person = sentence_person(sent, sent_mentions)  # "X's lawyer, Y, said his ...": Y
            found += possessive_pronoun_roles(sent, sent_mentions, first_person, prev_person)
            found += kin_relations(sent, sent_mentions, people_seen)
            serves = with_sentence_posts(affiliation, found, first_named)  # "Foreign Minister X said ...": X's own state too
            found += reported_accusations(sent, arguments, serves) + characterised_plots(sent, arguments)
            found += embedded_charges(sent, arguments, found, affiliation)
            found += reported_abuse(sent, sent_mentions, home, affiliation)
            found += group_street_protests(sent, sent_mentions, story_state(), found, table)
            found += venue_protests(sent, sent_mentions, found, story_state)  # "staged a sit-in outside the X embassy"
            found = supporters_at_own_venue(found, sent, sent_mentions, story_state, table)  # "outside the party's offices"
            found += speech_demands(sent, arguments) + quoted_charges(sent, sent_mentions, affiliation)
            found += answered_proposals(sent, arguments, found, affiliation)
            found += organ_demands(sent, arguments, found, story_state, affiliation)
            found += readiness_offers(sent, arguments) + accession_talks(sent, arguments)
            found += offered_meetings(sent, arguments)  # "X was willing to meet Y": an offer to Y
            found += message_demands(sent, arguments)
            found += summoned_envoys(sent, arguments, found, affiliation)
            found = handed_protests(sent, arguments, found, story_state, affiliation)  # "X was handed a protest"
            found += envoy_meetings(sent, arguments, found)  # "A handed the ambassador, B, a note": A meets B
            found += delegation_meetings(sent, arguments, found)
            found += calls_on_named_pairs(sent, arguments, found, affiliation)  # "met A and B and urged both men"
            found += coordinated_acts(sent, arguments, found, affiliation)  # "X said it was coordinated with Y"
            found += strike_calls(sent, arguments, story_state, table)
            found += legal_challenges(sent, arguments, story_state)
            found += force_aid(sent, arguments) + possessed_allies(sent, arguments, lex)
            found += public_works_aid(sent, arguments)
            found += pair_relations(sent, arguments) + backed_by(sent, lex, arguments)
            found += characterised_denials(sent, arguments) + both_denials(sent, sent_mentions, raw)
            found += described_deniers(sent, sent_mentions, raw)
            found += speech_threats(sent, arguments) + retaliation_warnings(sent, arguments)
            found += possessed_detentions(sent, arguments) + bare_detentions(sent, arguments)
            found += trial_wordings(sent, arguments) + delisted_owners(sent, arguments)
            charged = has_word(sent, _CHARGE_OR_WARNING_WORDS)  # (one cheap check for the three rules below)
            if charged and (placed := faced_charges(sent, arguments)):  # "X faces charges in Y", "to Y, where he ..."
                found = without_unplaced_trials(found, placed) + placed
            found += force_events(sent, arguments, home, states)
            found += attacks_on_state_forces(found, sent_mentions, story_state, affiliation)
            found += intention_refusals(sent, arguments, raw, affiliation) + passive_stances(sent, arguments)
            found += pact_co_parties(sent, arguments, found)  # "signed a pact with A and B": A and B too
            gapped = gapped_accusations(sent, arguments, found)  # "accused A of ... and B of ...": B too
            gapped += apposed_conjunct_accusations(sent, arguments, found)  # "accused A, a leader, and B of"
            found = without_gapped_objects(found, gapped, arguments) + gapped + accused_bodies(sent, arguments)
            found += passive_accused(sent, arguments, affiliation) + described_reports(sent, arguments)
            found += included_accused(sent, arguments)  # "14 firms it accused of ..., including X": X
            found += characterised_agents(sent, arguments)  # 'called it "a hybrid attack" by X'
            found += characterised_steps(sent, arguments)  # "X barred Y, a step Z called 'unacceptable'"
            found += warrant_arrests(sent, arguments, found)
            found += expelled_envoys(found)  # "expelled six Indian diplomats": India too
            found += co_patients(sent, arguments, found)  # "charged X, alongside his aide, Y": Y too
            found = conditioned_threats(sent, arguments, found)  # "threatened Y with X unless it ...": a demand
            found = without_summons_purposes(found)  # "summoned X's envoy to lodge a protest": one protest
            summons = summons_pair(found, summons)
            found = [r for r in found if not fired_official(r, sent, sent_mentions)  # "dismissed Prime Minister X"
                     and not across_fronted_question(r, sent, sent_mentions)  # "Asked whether X ..., Y declined"
                     and not writers_act(r)]  # a statement's "we call on X": its writer, whom no mention names
            found = without_own_state_reports(found, sent_mentions)  # "Finnish minister X said ...": not Finland
            found = without_held_events(found, sent, arguments)  # "the meeting with X was held in Lima in 2023"
            if charged:
                found += prosecutors_charges(sent, sent_mentions, found)  # "Prosecutors accuse X of ...": a prosecution
                found += warned_conditions(sent, arguments, found)  # "warned that ... could ... if Y ...": Y threatened
            attach_context(sent, source, found, document.published, sent_mentions,
                            (dateline.start, dateline.end) if dateline else (0, 0), day_anchor)
            for r in found:
                if r.type in ("LEADS", "HOLDS_POSITION") and r.source and r.target and r.target.startswith("Country:"):
                    affiliation.setdefault(r.source, r.target)
            raw += found
            people_seen += [m.entity for m in sent_mentions if m.kind == "Person" and m.entity and not sent.headline]
            prev_person = first_person if not sent.headline else prev_person  # whom a bare "his" next most likely means
            prev_opening = opening_state(sent, sent_mentions) if not sent.headline else prev_opening  # its subject
            opening_paragraph = sent.paragraph if not sent.headline else opening_paragraph  # (the voice ends with it)
            armed_group = next((m.entity for m in reversed(sent_mentions) if m.kind == "Organization" and m.entity
                                and not set(table.entities[m.entity].tokens) & _STATE_BODY_WORDS), armed_group)
            if not sent.headline:  # "Its spokesman" next: the organisation last named, else the opening state
                orgs = [m.entity for m in sent_mentions if m.kind == "Organization" and not in_relative_clause(sent, m)]
                opener = sent_mentions[0] if sent_mentions else None
                prev_subject = None if opens_with_unnamed_body(sent, sent_mentions) else subject_body(
                    sent, sent_mentions, orgs) or (opener.entity if opener and opener.kind == "Country" else None)
        raw = remap_leader_governments(table, mentions, raw, affiliation)  # "the X administration": X's state
        unmentioned: set[str] = set()  # countries only a rule's inference named (a title's, a dateline's)
        for r in raw:  # titles and groups may name countries that no mention introduced
            for key in (r.source, r.target, r.props.get("attributed_to")):
                if key and key not in table.entities:
                    kind, _, norm = key.partition(":")
                    table.add(country_name(norm), kind, 0).count += 1
                    unmentioned.add(key)
        lawyers = lawyer_clients(raw, table)
        quoted = quoted_statements(sentences, table.mentions, lawyers)  # a defence lawyer's case
        if quoted:
            raw = sorted(raw + quoted, key=lambda r: r.sentence.index)
        raw = complete_relations(drop_contradicted_affiliations(raw), table, lawyers)
        raw = demand_threats(raw, table.mentions)  # "demanded that Y withdraw, threatening sanctions": Y threatened
        speakers_expectations(raw)  # "X said New Delhi expected Male to ...": X's demand
        mark_denied_allegations(raw)
        raw = headline_people(raw)  # "Chile Sanctions Peruvian Defence Minister": the one the body names
        date_headline_relations(raw)
        raw = without_headline_stances(raw)
        built = build_extraction(document, sentences, mentions, table, raw, origin)
        extraction = without_unrelated_groups(without_counted_patients(built))
        extraction = with_uncounted_aliases(extraction, lex)
        extraction = without_places(extraction, sentences, mentions, lex)
        extraction = without_idle_state_organs(extraction, lex)
        extraction = without_unused(extraction, unmentioned)
        return Analysis(sentences, mentions, table, extraction)
