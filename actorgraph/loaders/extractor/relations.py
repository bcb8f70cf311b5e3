"""Relation triggers in one sentence and their arguments: agent on the left (or after "by" in the passive,
or a modifier/possessive of a nominalisation), target on the right; coordinated actors on either side."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.accused_conjuncts import is_accused_conjunct, second_accused
from actorgraph.loaders.extractor.arguments import expand
from actorgraph.loaders.extractor.carried_goods import carrier_stop, unnamed_carrier
from actorgraph.loaders.extractor.charge_patterns import (
    ALLEGATION_BEFORE,
    CHARGED_IN_RELATIVE,
    CLAIM_BY,
    DENIED_CHARGE,
    DENY_OBJ_AFTER,
    ON_CHARGES,
    REASON_CHARGES,
    SUSPECTED_OF,
    UNNAMED_CLAIMANT,
    WEIGHED_OBJECT,
)
from actorgraph.loaders.extractor.evaded_measures import evaded_measure
from actorgraph.loaders.extractor.events_chain import (
    alleged_attack,
    blamed_attack,
    counterpart_key,
    dispersed_crowd,
    inherited_targets,
    own_recipient,
    retyped,
)
from actorgraph.loaders.extractor.events_funding import funding_pairs
from actorgraph.loaders.extractor.events_release import release_demand, release_of_unnamed
from actorgraph.loaders.extractor.events_speech import participle_agent, unnamed_speaker
from actorgraph.loaders.extractor.fronted_objects import relative_object, summed_up_act
from actorgraph.loaders.extractor.governed_subjects import governed_agents
from actorgraph.loaders.extractor.insisted_demands import insisted_targets
from actorgraph.loaders.extractor.later_events import later_event_stop
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.linked_objects import object_between
from actorgraph.loaders.extractor.mentions import Mention, start_ordered
from actorgraph.loaders.extractor.owned_property import unowned_ties
from actorgraph.loaders.extractor.passive_conjuncts import PassiveVerb, charge_by_captor, passive_conjunct
from actorgraph.loaders.extractor.patterns import (
    CASUALTY_VERB,
    CLAIM_DENIED_BY,
    CLOSE_SUBJECT,
    EACH_OTHER,
    EVENT_NOUNS,
    EVENT_TRIGGERS,
    GERUND_OF,
    STATE_FORCES,
    THREATENED_ACTS,
    TRAIN_BEFORE,
    TRAIN_NOUN,
    UNNAMED_CRITICS,
    WARNABLE,
)
from actorgraph.loaders.extractor.quoted_speakers import quotation
from actorgraph.loaders.extractor.reversed_measures import reversal_demanded
from actorgraph.loaders.extractor.stance_objects import STANCES_ON_ACTS, act_patients, act_ref
from actorgraph.loaders.extractor.stative_ties import stative_tie
from actorgraph.loaders.extractor.status import (
    modifier_hedge,
    noun_window,
    requested_act,
    status_of,
    trigger_status,
)
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.trigger_scan import TriggerHit, kept_hits
from actorgraph.loaders.extractor.trigger_voice import adjectival, passive_voice, reduced_relative
from actorgraph.loaders.extractor.typed_arguments import typed_arguments
from actorgraph.loaders.extractor.unaddressed_demands import unaddressed_demand
from actorgraph.loaders.extractor.unnamed_agents import unnamed_agent
from actorgraph.loaders.extractor.verb_objects import objects_of, objects_stop, trigger_form
from actorgraph.loaders.extractor.verb_subjects import verb_agents
from actorgraph.loaders.extractor.voice_arguments import nominal_agents, passive_arguments
from actorgraph.loaders.extractor.warned_acts import warned_act


@dataclass
class RawRelation:
    source: str | None
    type: str
    target: str | None
    sentence: Sentence
    trigger_start: int  # within the sentence
    trigger_text: str
    status: RelationStatus
    confidence: float
    implicit: bool = False
    needs_partner: bool = False
    props: dict[str, str] = field(default_factory=dict)

    # written out, not left to @dataclass (as Mention's: compiled, this one is not interpreted)
    def __init__(self, source: str | None, type: str, target: str | None, sentence: Sentence, trigger_start: int,
                 trigger_text: str, status: RelationStatus, confidence: float, implicit: bool = False,
                 needs_partner: bool = False, props: dict[str, str] | None = None) -> None:
        self.source, self.type, self.target, self.sentence = source, type, target, sentence
        self.trigger_start, self.trigger_text, self.status, self.confidence = trigger_start, trigger_text, status, confidence
        self.implicit, self.needs_partner = implicit, needs_partner
        self.props = {} if props is None else props

    def __copy__(self) -> RawRelation:
        """A shallow copy (``props`` shared, as ``copy.copy`` gives); see ``Mention.__copy__`` for why."""
        return RawRelation(self.source, self.type, self.target, self.sentence, self.trigger_start, self.trigger_text,
                           self.status, self.confidence, self.implicit, self.needs_partner, self.props)


# after the person "named": a description or a clause of its own, not the post given
_NOT_A_POST = re.compile(r"\s*(?:[,;]\s*(?:described|identified|accused|alleged|said)\b|;)")
# a pair opened by "between" inside the subject's noun phrase ("the committee overseeing the truce between A and B")
_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
# "killing at least 21 people": a verb of harm right before the group counted
_HARMED_BEFORE = re.compile(r"\b(?:kill|wound|injur|maim)\w*\s+$")
_AS_GAP = re.compile(r"\s+as\s+")  # "naming him as X": who he is
# a unit of the body a possessive names ("leads the Y party's bloc", "heads the movement's northern front")
_UNIT_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w\-’']+\s+){0,2}?(?:bloc|wing|branch|faction|caucus|front|chapter|office|unit|division|"
                         r"brigade|battalion|delegation|group|list)\b")
# "was sworn in as president", "named X as interim prime minister": the head's post, which leads the appointer's state
#   (not "as president of the court": that body's, told by role nouns)
_AS_HEAD = re.compile(r"\s+(?:on\s+\w+\s+)?as\s+(?:the\s+)?(?:(?:new|interim|transitional|acting|caretaker|country's|"
                      r"nation's)\s+)*(?:president|prime\s+minister|premier|head\s+of\s+state)\b(?!\s+(?:of|at|for)\b)")
# measures one side asks another to take are the policy called for ("urged the Commission to impose sanctions on X",
#   "asked Ghana to arrest him"), kept as hypothetical; talks, visits and pressure asked of another side are not
_CALLED_FOR = frozenset({"SANCTIONS", "DESIGNATES", "EASES_SANCTIONS", "COERCES", "INVESTIGATES", "THREATENS"})
_START = attrgetter("start")  # sort keys (no Python call per item)
_HIT_START = itemgetter(0)


def find_relations(sent: Sentence, mentions: list[Mention], lex: Lexicon,
                   trigger_hits: list[TriggerHit] | None = None) -> list[RawRelation]:
    """Relations in one sentence; ``trigger_hits`` are its trigger matches when already found for the
    whole document (trigger_scan.py)."""
    text, low, base = sent.text, sent.text.lower(), sent.start
    ms = start_ordered(list(mentions))
    spans = [(m.start - base, m.end - base) for m in ms]
    mention_starts = [start for start, _ in spans]  # (within the sentence, as the trigger offsets are)
    mention_ends = [end for _, end in spans]
    kept = unowned_ties(kept_hits(low, spans, lex, trigger_hits), low, spans) \
        if trigger_hits is None or trigger_hits else []  # ("seized a tanker owned by X")
    out: list[RawRelation] = []
    owners: set[tuple[str | None, str | None]] = set()  # a warner and the owner of the measure it threatens
    prev_subject: list[Mention] = []
    prev_verb_at, prev_type = -1, ""  # where the verb that set prev_subject starts, and its relation type
    prev_targets: list[Mention] = []
    prev_passive: PassiveVerb | None = None  # the last passive verb with a subject ("X was detained ... and questioned")
    verb_starts = sorted(h[0] for h in kept if h[2].form == "verb")
    verb_spans = sorted((h[0], h[1]) for h in kept if h[2].form == "verb")
    for s, e, trig in sorted(kept, key=_HIT_START):
        stop = carrier_stop(low, e, objects_stop(text, low, s, e, trig, verb_starts, verb_spans))  # (firms carrying X)
        stop = later_event_stop(sent, low, e, stop)  # "imposed sanctions after the invasion of X": not the measure's X
        trig, promised = retyped(trig, low, s)
        form = trigger_form(text, low, s, trig, e)
        left = [k for k, end in enumerate(mention_ends) if end <= s]
        right = [k for k, start in enumerate(mention_starts) if start >= e and (start < stop or trig.obj == "between")]
        reduced = reduced_relative(ms, right, sent, low, s, e, trig, form)  # ", signed in Hargeisa by X"
        stative = stative_tie(trig.type, low, s, e, ms[left[-1]].end - base if left else None)  # "is linked to"
        passive = passive_voice(low, s, e, trig, form, reduced, stative)
        agents: list[Mention] = []
        targets: list[Mention] = []
        implicit = False
        evaded: tuple[list[Mention], list[Mention], bool] | None = None
        if not passive and form == "verb" and (shared := passive_conjunct(low, s, e, prev_passive, ms, base)):
            passive, agents, targets, implicit = True, list(shared.agents), list(shared.targets), shared.implicit
            trig = dataclasses.replace(trig, type=charge_by_captor(trig.type, shared))  # "detained and questioned"
        elif passive:
            agents, targets, implicit = passive_arguments(ms, left, right, text, base, s, e, sent, trig, reduced)
            prev_passive = PassiveVerb(e, low[s:e], agents, targets, implicit) if targets else prev_passive
        else:
            evaded = evaded_measure(ms, left, right, text, low, base, s, e, trig) if form == "noun" else None
            if evaded is not None:  # "Venezuela skirted American sanctions": Venezuela is their target
                agents, _, implicit = evaded
            elif form == "noun":
                agents, implicit = nominal_agents(ms, left, right, text, low, base, s, e, trig)
                right = [k for k in right if all(ms[k] is not a for a in agents)]  # "the attack by X on Y": not X
            else:
                agents = governed_agents(verb_agents(ms, left, sent, low, s, e, trig, prev_subject, prev_verb_at,
                                                     prev_targets), text, base)  # "the government of President X"
            targets = evaded[1] if evaded is not None else objects_of(ms, right, text, base, e, trig, low[s:e],
                                                                     form == "noun")
            if form == "verb" and (adjunct := participle_agent(ms, sent, s, low[s:e], trig.type)) is not None:
                agents = adjunct  # "Police arrested seven men, accusing them of ...": the police, not the men
            if form == "verb":  # "expressed solidarity with Y and offered Turkish help": Y
                targets = inherited_targets(text, s, trig.type, agents, own_recipient(text, base, targets),
                                            prev_subject, prev_targets, prev_type, ms, base)
            trig, agents, targets = typed_arguments(ms, right, text, low, base, s, e, trig, agents, targets)
            if form == "verb" and trig.type == "ACCUSES" and targets:  # "accused A of X and B of Y": B too
                targets = targets + [m for m in second_accused(ms, text, base, low[s:e], targets[0]) if m not in targets]
            elif targets:  # (not "shelling the port and B" there: B has a charge of its own)
                targets = [t for t in targets if not is_accused_conjunct(ms, text, base, t)]
            if not targets and form == "verb" and trig.obj == "direct":
                agents, targets = relative_object(ms, left, text, base, s) \
                    or summed_up_act(ms, left, text, base, s, prev_subject) or (agents, targets)
            if not targets and trig.type == "COERCES":
                targets = dispersed_crowd(ms, text, base, low[s:e], agents)  # "police fired tear gas to clear the road"
        if trig.obj == "between":
            pair = objects_of(ms, right, text, base, e, trig)
            if len(pair) >= 2:
                agents, targets, implicit = pair[:1], pair[1:], False
        if not agents and not implicit:
            continue
        if form == "verb" and TRAIN_NOUN.fullmatch(low[s:e]) and TRAIN_BEFORE.search(low[max(0, s - 30) : s]):
            continue  # "stormed a passenger train": the vehicle, not training
        if form == "verb" and not passive and agents and (unnamed_agent(sent, s, mention_starts)
                                                             or unnamed_carrier(text, s, e, mention_starts)):
            continue  # "urged voters to reject ...", "anyone who provides X", "said both gangs worked with Y": nobody named
        if form == "verb" and not passive and agents and unnamed_speaker(ms, text, base, s, sent):
            continue  # "a British minister said she had raised X": the minister, unnamed
        if form == "verb" and not passive and trig.type in ("COERCES", "INVESTIGATES") and adjectival(low, s, e):
            continue  # "demanded the release of detained journalist X": an adjective (bare_detentions), no verb
        if form == "verb" and not passive and agents and all(a.end - base < s - 40 for a in agents) \
                and SUSPECTED_OF.search(low, max(0, s - 40), s):
            continue  # "arrested three men on suspicion of sheltering X": the unnamed suspects shelter, not the police
        if form == "verb" and low[s:e] == "charges" and REASON_CHARGES.search(low, max(0, s - 50), s):
            continue  # "held in Chile on spying charges": the reason for a detention, charged by no one named
        if form == "verb" and not passive and agents and _BETWEEN_OPEN.search(
                low, 0, min(a.start for a in agents) - base):
            continue  # "the committee overseeing the truce between A and B met": the committee, not A and B
        if trig.type in CLOSE_SUBJECT and agents and not passive and not stative:
            gap = text[max(a.end for a in agents) - base : s]
            if len(gap.split()) > 4 or any(agents[0].end - base < v < s for v in verb_starts) or object_between(gap):
                continue
        if agents and form == "verb" and not passive and not GERUND_OF.search(low, max(0, s - 4), e) \
                and (targets or not low.endswith("to ", 0, s)):  # ("X's right to defend itself": no clause of X's)
            prev_subject, prev_targets, prev_verb_at, prev_type = agents, targets, s, trig.type
        if trig.type == "INVESTIGATES" and form == "verb" and WEIGHED_OBJECT.match(low, s):
            continue  # "was examining the Chinese decision": weighed, no one investigated (the verb still heads its clause)
        if trig.type == "DENIES" and passive and any(h.start("verb") == s for h in CLAIM_DENIED_BY.finditer(text, max(0, s - 90), e + 4)):
            continue  # ", a claim denied by X": X denies the claim's author (events_denials), not whoever the claim named
        if trig.type == "DENIES" and not passive and not low.endswith(" by", s, e):  # (not "... counts brought by X")
            targets = [t for t in targets if DENY_OBJ_AFTER.match(text[t.end - base :])
                       or CLAIM_BY.search(text[s : t.start - base])]
        mutual = trig.mutual or (trig.directed and form == "verb" and not targets  # "A and B threatened each other"
                                 and EACH_OTHER.match(text, e) is not None)
        pair_anaphor = not targets and (trig.pair or mutual) and len(agents) == 1 and bool(agents[0].also)
        if pair_anaphor:  # "both sides agreed to a ceasefire": the two sides, settled in discourse
            agents = expand(agents)
        pair_mode = not targets and (trig.pair or mutual) and len(agents) >= 2
        # "A and B signed a treaty": a pact is the act of both, each agrees with the other (not "signed by A and B")
        both_parties = pair_mode and trig.type == "AGREES_WITH" and form == "verb" and not passive
        if pair_mode:
            ordered = sorted(agents, key=_START)
            agents, targets = ordered[:1], ordered[1:]
        window = noun_window(low, s) if form == "noun" or implicit else 0
        if agents and not passive and form == "verb":
            window = max(a.end - base for a in agents)
            if text.endswith(", ", 0, s) and low[s:e].split()[0].endswith("ing"):
                window = max(window, s)  # ", accusing Y of ...": an adjunct's own status, not the clause's before it
            if window > s:  # the speaker named after the quotation: the status is in the quotation's words
                window = (quotation(text, s) or (s, s))[0]
        status = trigger_status(text, window, s, e, trig.type, form == "noun", promised)
        if trig.type not in _CALLED_FOR and requested_act(text, s):
            continue  # "urged London to raise the matter with X": London's act is only asked for
        conf = trig.confidence * (0.85 if passive else 1.0) * (0.6 if implicit else 1.0)
        release = False  # "demanded the release of X", "demanded that X be freed": of whoever holds X
        if trig.type == "DEMANDS":
            targets, release = release_demand(ms, right, text, base, e, insisted_targets(text, base, low[s:e], targets))
        if not targets and (UNNAMED_CRITICS.match(text, e) or trig.type == "DENIES" and UNNAMED_CLAIMANT.match(text[e:])):
            continue  # "rejected criticism from abroad", "denied claims by the opposition": no one in particular answered
        needs_partner = not targets and not (passive and trig.pair) and (trig.obj == "none" or isinstance(trig.obj, tuple)
                                         or trig.type in ("NEGOTIATES_WITH", "DENIES", "REJECTS")
                                         or (trig.type == "DEMANDS" and unaddressed_demand(low, s, e)))
        event, event_at = None, -1
        if not targets and trig.type == "DEMANDS" and release_of_unnamed(text, e):
            event, needs_partner = "COERCES", True  # "demanded the release of the two journalists": from their captor
        elif not targets and trig.type == "DEMANDS" and (undone := reversal_demanded(text, e)):
            event, needs_partner = undone, True  # "demanded that the sanctions be lifted": of whoever imposed them
        # (and an inquiry noun: "opened an investigation into the deaths" as "investigated the deaths")
        elif trig.type in EVENT_TRIGGERS and (form == "verb" or trig.type == "INVESTIGATES" and low[s:e].endswith(" into")) \
                and (ev := act_ref(text, e, trig.type, bool(targets))) is not None \
                and (not targets or trig.type in STANCES_ON_ACTS and not ev.group("ANY")
                     and act_patients(text, e, ev.end(), targets[0].start - base)):
            if not (trig.type == "INVESTIGATES" and (ev.group("ACCUSES") or ev.group("PROTESTS"))):  # "investigate the
                #   claims", "examining a complaint": not their author
                event = next(k for k in EVENT_NOUNS if ev.group(k))
                needs_partner, targets, event_at = True, [], e + ev.start("noun")  # "condemned the sanctions on X"
        threatened, warner = warned_act(ms, text, low, base, s, form == "noun") if trig.type in THREATENED_ACTS \
            else (False, None)
        warned = threatened and trig.type in WARNABLE
        # "They attacked", "Both countries signed": each of them, when the sentence opens with them as its subject (not
        # "urged both capitals to settle ...", the object of an earlier verb)
        opening = form == "verb" and len(agents) == 1 and agents[0] is ms[0]
        agent_options: list[Mention | None] = list(expand(agents) if opening else agents) or [None]
        target_options: list[Mention | None] = list(expand(targets)) or [None]
        for a in agent_options:
            for t in target_options:
                if t is None and not needs_partner:
                    continue
                casualties = t is not None and t.kind == "Group" and bool(
                    CASUALTY_VERB.match(low[s:e])  # "killing at least 21 people", "..., injuring four crew members"
                    or _HARMED_BEFORE.search(low[max(0, t.start - base - 20) : t.start - base]))
                st = status
                if t is not None and st == RelationStatus.ASSERTED and modifier_hedge(text, t.start - base):
                    st = RelationStatus.ALLEGED
                rtype = trig.type
                if mutual and rtype == "ATTACKS" and a is not None and t is not None and a.kind == t.kind == "Person":
                    continue  # "X, who has clashed with Y over the budget": a row between two people, not fighting
                if rtype == "LEADS" and t is not None and t.possessive and _UNIT_AFTER.match(text, t.end - base):
                    rtype = "HOLDS_POSITION"  # "X, who leads the Y party's bloc in parliament": a post in Y
                if rtype == "SUPPORTS" and a is not None and t is not None and a.kind == t.kind == "Person" \
                        and " of" in low[s:e]:
                    rtype = "ASSOCIATED_WITH"  # "X is a long-standing ally of Y" between two people
                rel = RawRelation(a.entity if a else None, rtype, counterpart_key(t, rtype, text[s:e]) if t else None, sent, s,
                                  text[s:e], st, round(conf, 3), implicit=implicit, needs_partner=t is None)
                if trig.appoint:  # "A appointed B": B holds a position with A's side
                    if t is None or (t.kind != "Person") or _NOT_A_POST.match(text, t.end - base) or any(
                            m.kind == "Person" and _AS_GAP.fullmatch(text[t.end - base : m.start - base]) for m in ms):
                        continue  # ("OFAC named X, described as a commander": a listing; "naming him as X": who he is)
                    rel.source, rel.target, rel.needs_partner = t.entity, (a.entity if a else None), False
                    rel.props["appointed"] = "true"
                    if _AS_HEAD.match(low, e) or _AS_HEAD.match(low, t.end - base):
                        rel.type = "LEADS"
                if event and t is None:
                    rel.props["event"] = event
                    if event_at >= 0:
                        rel.props["event_at"] = str(event_at)
                if trig.type == "DENIES" and t is None and not DENIED_CHARGE.search(low[s : e + 60]) \
                        and not ALLEGATION_BEFORE.search(low[max(0, s - 60) : s]):  # ", a charge he denies"
                    rel.props["denies"] = "act"  # "denied the massacres": only an accusation of them is answered
                if release:
                    rel.props["release_of"] = "true"
                if evaded is not None and implicit:
                    rel.props["evaded"] = "true"  # "Iran evaded sanctions": only a named sanctioner takes them
                if pair_anaphor:
                    rel.props["pair_anaphor"] = "true"
                if casualties:  # "killing at least 21 people": a casualty count, not a party to the conflict;
                    rel.props["casualties"] = "true"  # kept only so that "condemned the attack" finds its author
                    if t is not None and t.country and a is not None and trig.type == "ATTACKS" \
                            and t.surface.lower().split()[-1] in STATE_FORCES:  # "killing 30 Somali soldiers"
                        out.append(dataclasses.replace(rel, target=f"Country:{normalize_name(t.country)}", props={}))
                if not threatened:  # the act is only held out: its threat is told below
                    out.append(rel)
                if t is not None and a is not None and blamed_attack(trig.type, text[s:e], text, s, a.kind):
                    out.append(alleged_attack(rel))  # "India blamed the attack on X": X attacked India, allegedly
                if warned and t is not None and a is not None:  # "warned that it could suspend X": a threat to X
                    out.append(dataclasses.replace(rel, type="THREATENS", status=RelationStatus.ASSERTED, props={},
                                                   source=warner.entity if warner is not None else rel.source))
                    if warner is not None and a.entity != warner.entity:  # (not a threat to the measure's owner,
                        owners.add((warner.entity, a.entity))  # "warned they could reimpose UN sanctions on X")
                if trig.type == "COERCES" and t is not None and form == "verb" \
                        and (oc := ON_CHARGES.search(text[e : e + 220])) and not CHARGED_IN_RELATIVE.search(oc["pre"]):
                    out.append(dataclasses.replace(rel, type="INVESTIGATES", props=dict(rel.props)))  # "... on charges of"
                if (mutual or both_parties) and t is not None and a is not None:
                    out.append(dataclasses.replace(rel, source=t.entity, target=a.entity, props=dict(rel.props)))
    for giver, recipient, at, word in funding_pairs(text, base, ms):  # "X received $3 million from Y"
        out.append(RawRelation(giver.entity, "AIDS", recipient.entity, sent, at, word,
                               status_of(text, 0, at, "AIDS"), 0.6))
    return [r for r in out if (r.source != r.target or r.source is None)
            and not (r.type == "THREATENS" and (r.source, r.target) in owners)]

