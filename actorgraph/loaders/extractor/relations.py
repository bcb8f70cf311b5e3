"""Relation triggers in one sentence and their arguments: agent on the left (or after "by" in the passive,
or a modifier/possessive of a nominalisation), target on the right; coordinated actors on either side."""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field

from actorgraph.graph.registry import RelationStatus, ontology
from actorgraph.loaders.extractor.lexicon import Lexicon, Trigger
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import (
    ADJACENT_TARGET,
    AGENT_NOUNS,
    ALLEGATION_BEFORE,
    ALLEGATION_DENIED_AFTER,
    APPOSED_COORD,
    BAD_OBJ_PREPS,
    BE_AUXILIARY,
    CASUALTY_VERB,
    CLAIM_BY,
    CLAUSE_BREAK,
    CLAUSE_SUBJECT_GAP,
    CLOSE_SUBJECT,
    COORD,
    DENIED_CHARGE,
    DENY_OBJ_AFTER,
    EVENT_NOUNS,
    EVENT_REF,
    EVENT_TRIGGERS,
    GOVERNMENT_OF,
    GOVERNMENT_OF_PERSON,
    GOVERNMENT_PREFIX,
    IMPLICIT_PASSIVE,
    LIGHT_VERB,
    NESTED_DROP,
    NOT_MODIFIERS,
    NOUN_GUARD,
    OBJECT_BEFORE_OF,
    OWN_DETERMINER,
    PARTICIPLE,
    POSSESSED_APPOSITION,
    PREPS,
    REL_OBJECT,
    RELATIVE_OPEN,
    RELEASE_OF,
    REQUESTED,
    SPEAKER,
    STATIONED_AGENTS,
    SUBORDINATORS,
    TARGET_PREP,
    VERB_LIKE,
)
from actorgraph.loaders.extractor.status import modifier_hedge, status_of
from actorgraph.loaders.extractor.text import Sentence


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


def _prev_word(text: str, pos: int) -> str:
    """The word before ``pos``, looking past articles ("at the Security Council" -> "at")."""
    m = re.search(r"([\w'’]+)\W*(?:\b(?:the|a|an)\s+)?$", text[:pos], re.I)
    return m.group(1).lower() if m else ""


def _coordinated(ms: list[Mention], k: int, text: str, base: int, step: int) -> list[Mention]:
    """The mention at index k plus those joined to it by "and"/commas, walking left (step=-1) or right."""
    out = [ms[k]]
    links: list[bool] = []  # True where the link is a bare comma
    while 0 <= k + step < len(ms):
        a, b = (ms[k + step], ms[k]) if step < 0 else (ms[k], ms[k + step])
        gap = text[a.end - base : b.start - base]
        if not COORD.match(gap) and not (step > 0 and APPOSED_COORD.match(gap)):
            break
        links.append("and" not in gap and "&" not in gap and "as well" not in gap)
        k += step
        out.append(ms[k])
    if links and all(links):  # "Reuters, Maduro": apposition or clause break, not a list
        return out[:1]
    if step > 0 and links and links[-1]:  # "A and B, C": stop before the trailing comma
        while links and links[-1]:
            links.pop()
            out.pop()
    return out


def find_relations(sent: Sentence, mentions: list[Mention], lex: Lexicon) -> list[RawRelation]:
    text, low, base = sent.text, sent.text.lower(), sent.start
    ms = sorted(mentions, key=lambda m: m.start)
    spans = [(m.start - base, m.end - base) for m in ms]
    hits: list[tuple[int, int, Trigger]] = []
    for trig in lex.triggers:
        for mt in trig.pattern.finditer(low):
            s, e = mt.span()
            if any(ms_ < e and s < me for ms_, me in spans):  # inside a name ("Movimiento", "Guard")
                continue
            if trig.after and not trig.after.search(low[e : e + 120]):
                continue
            hits.append((s, e, trig))
    # the longest trigger wins where two overlap, except across types (nested "lifting of sanctions on")
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, Trigger]] = []
    for h in hits:
        if any(k[2].type == h[2].type and h[0] < k[1] and k[0] < h[1] for k in kept):
            continue
        if any(k[0] <= h[0] and h[1] <= k[1] and (k[2].type, h[2].type) in NESTED_DROP for k in kept):
            continue
        kept.append(h)
    out: list[RawRelation] = []
    prev_subject: list[Mention] = []
    prev_targets: list[Mention] = []
    verb_starts = sorted(h[0] for h in kept if h[2].form == "verb")
    verb_spans = sorted((h[0], h[1]) for h in kept if h[2].form == "verb")
    for s, e, trig in sorted(kept, key=lambda h: h[0]):
        stop = next((v for v in verb_starts if v >= e), len(text))
        second = next((sp for sp in verb_spans if sp[0] >= e), None)
        if trig.form == "verb" and second and re.fullmatch(r"\s+(?:and|or)\s+", text[e : second[0]]):
            stop = next((v for v in verb_starts if v >= second[1]), len(text))  # "rammed and boarded X": X for both
        if trig.type == "REJECTS" and ALLEGATION_BEFORE.search(low[max(0, s - 60) : s]):
            trig = dataclasses.replace(trig, type="DENIES")  # "..., an allegation Kabul rejects"
        form = trig.form
        if form == "verb" and NOUN_GUARD.search(text[max(0, s - 40) : s]) and trig.type not in ("MEETS_WITH",):
            form = "noun"
        passive = trig.passive or form == "verb" and bool(PARTICIPLE.match(low[s:e])) and (
            bool(BE_AUXILIARY.search(low[max(0, s - 40) : s])) or low[e:].startswith(" by "))
        left = [k for k, m in enumerate(ms) if m.end - base <= s]
        right = [k for k, m in enumerate(ms) if m.start - base >= e and (m.start - base < stop or trig.obj == "between")]
        agents: list[Mention] = []
        targets: list[Mention] = []
        implicit = False
        if passive:
            by = next((k for k in right if re.match(r"^\s+(?:as\s+(?:an?\s+)?(?:[\w\-]+\s+){1,4}?)?by\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){0,4}$",
                                                     text[e : ms[k].start - base])), None)  # "designated as a terrorist group by X"
            subj = _subject(ms, left, text, base, s)
            if subj is not None and trig.passive and not re.fullmatch(
                    r"(?:['’]s)?\s+(?:(?:is|was|are|were|has|have|had|been|now|also|still|already|currently|"
                    r"not|no longer|to|will|would|could|may|might|be|remains?|remained|still)\s+){1,3}",
                    re.sub(r"^,\s+(?:who|which)\b", "", text[ms[subj].end - base : s])):
                subj = None  # "X is under investigation", not "X warned that organisers would face prosecution"
            targets = _coordinated(ms, subj, text, base, -1) if subj is not None else []
            if by is not None:
                agents = _coordinated(ms, by, text, base, 1)
            elif trig.implicit or trig.type in IMPLICIT_PASSIVE or trig.appoint:
                implicit = True  # "was sanctioned", "was arrested": by the acting authority
        else:
            if form == "noun":
                agent_k = _modifier(ms, left, text, base, s)
                if agent_k is None and (LIGHT_VERB.search(low[max(0, s - 80) : s])
                                        or OWN_DETERMINER.search(low[max(0, s - 50) : s])):
                    agent_k = _subject(ms, left, text, base, s)  # "imposed sanctions", "its treaty with X"
                if agent_k is None and right and low[s:e].endswith(" of"):  # "the arrest of X by Y"
                    after = next((k for k in right[1:] if re.match(r"^\s+by\s+(?:the\s+)?$",
                                  text[ms[right[0]].end - base : ms[k].start - base])), None)
                    agent_k = after
                if agent_k is not None:
                    agents = [ms[agent_k]] if ms[agent_k].end - base > s - 40 else _coordinated(ms, agent_k, text, base, -1)
                elif trig.implicit or trig.type in ("SANCTIONS", "DESIGNATES", "EASES_SANCTIONS"):
                    implicit = True
            else:
                joined = re.search(r"(?:\band|,|\bbut)\s+(?:[a-z]+ly\s+)?(?:also\s+)?$", low[max(0, s - 30) : s])
                subj = _subject(ms, left, text, base, s)
                speaker = next((m for m in ms if m.end - base < s and SPEAKER.match(text[m.end - base :])), None)
                if joined and prev_subject and (subj is None or ms[subj].end <= prev_subject[-1].end
                                                or ms[subj] in prev_targets):
                    agents = prev_subject
                elif joined and not prev_subject and speaker is not None and re.search(r",\s+and\s+\S*\s*$", low[max(0, s - 30) : s]):
                    agents = [speaker]  # "X said ..., and reaffirmed its support": X goes on
                elif joined and not prev_subject and re.search(r",\s+and\s+(?:[a-z]+ly\s+)?$", low[max(0, s - 30) : s]) \
                        and (opener := _subject(ms, [k for k in left if ms[k].start - base < 40], text, base, s)) is not None:
                    agents = [ms[opener]]  # "Police in X used tear gas to disperse crowds, and detained Y": X
                elif subj is not None:
                    agents = _coordinated(ms, subj, text, base, -1)
            targets = _objects(ms, right, text, base, e, trig, low[s:e], form == "noun")
            if not targets and form == "verb" and trig.obj == "direct":
                agents, targets = _relative_object(ms, left, text, base, s) or (agents, targets)
        if trig.obj == "between":
            pair = _objects(ms, right, text, base, e, trig)
            if len(pair) >= 2:
                agents, targets, implicit = pair[:1], pair[1:], False
        if not agents and not implicit:
            continue
        if trig.type in CLOSE_SUBJECT and agents and not passive:
            gap = text[max(a.end for a in agents) - base : s]
            if len(gap.split()) > 4 or any(agents[0].end - base < v < s for v in verb_starts):
                continue
        if agents and form == "verb" and not passive:
            prev_subject, prev_targets = agents, targets
        if trig.type == "DENIES" and not passive:
            targets = [t for t in targets if DENY_OBJ_AFTER.match(text[t.end - base :])
                       or CLAIM_BY.search(text[e : t.start - base])]
        pair_anaphor = not targets and trig.pair and len(agents) == 1 and bool(agents[0].also)
        if pair_anaphor:  # "both sides agreed to a ceasefire": the two sides, settled in discourse
            agents = _expand(agents)
        pair_mode = not targets and trig.pair and len(agents) >= 2
        if pair_mode:
            ordered = sorted(agents, key=lambda m: m.start)
            agents, targets = ordered[:1], ordered[1:]
        window = max(0, s - 25) if form == "noun" or implicit else 0
        if agents and not passive and form == "verb":
            window = max(a.end - base for a in agents)
        status = status_of(text, window, s, trig.type)
        if status == RelationStatus.ALLEGED and ALLEGATION_DENIED_AFTER.match(text[e:]):
            status = RelationStatus.DENIED  # "accuses X of sheltering Y, an allegation X rejects"
        if form == "noun" and status == RelationStatus.ASSERTED and REQUESTED.search(low[max(0, s - 200) : s]) \
                and not re.search(r"\b(?:existing|current|sweeping|standing)\s+$", low[max(0, s - 30) : s]):
            status = RelationStatus.HYPOTHETICAL  # "proposed ... the lifting of sanctions"
        conf = trig.confidence * (0.85 if passive else 1.0) * (0.6 if implicit else 1.0)
        release = False  # "demanded the release of X", "called for her release": of whoever holds X
        if trig.type == "DEMANDS" and targets:
            release = bool(re.match(r"\s+(?:the\s+)?(?:his|her|their)\s+(?:immediate\s+)?release\b", text[e:]))
        elif trig.type == "DEMANDS" and (rel_of := RELEASE_OF.match(text[e:])):
            held = next((k for k in right if e + rel_of.end() <= ms[k].start - base <= e + rel_of.end() + 40), None)
            targets = [ms[held]] if held is not None else []
            release = bool(targets)
        needs_partner = not targets and (trig.obj == "none" or isinstance(trig.obj, tuple)
                                         or trig.type in ("NEGOTIATES_WITH", "DENIES", "REJECTS"))
        event = None
        if not targets and trig.type in EVENT_TRIGGERS and form == "verb":
            ev = EVENT_REF.match(text[e:])
            if ev:
                event = next(k for k in EVENT_NOUNS if ev.group(k))
                needs_partner = True
        agent_options: list[Mention | None] = list(agents) or [None]
        target_options: list[Mention | None] = list(_expand(targets)) or [None]
        for a in agent_options:
            for t in target_options:
                if t is None and not needs_partner:
                    continue
                casualties = t is not None and t.kind == "Group" and CASUALTY_VERB.match(low[s:e])
                st = status
                if t is not None and st == RelationStatus.ASSERTED and modifier_hedge(text, t.start - base):
                    st = RelationStatus.ALLEGED
                rel = RawRelation(a.entity if a else None, trig.type, t.entity if t else None, sent, s,
                                  text[s:e], st, round(conf, 3), implicit=implicit, needs_partner=t is None)
                if trig.appoint:  # "A appointed B": B holds a position with A's side
                    if t is None or (t.kind != "Person"):
                        continue
                    rel.source, rel.target, rel.needs_partner = t.entity, (a.entity if a else None), False
                    rel.props["appointed"] = "true"
                if event and t is None:
                    rel.props["event"] = event
                if trig.type == "DENIES" and t is None and not DENIED_CHARGE.search(low[s : e + 60]):
                    rel.props["denies"] = "act"  # "denied the massacres": only an accusation of them is answered
                if release:
                    rel.props["release_of"] = "true"
                if pair_anaphor:
                    rel.props["pair_anaphor"] = "true"
                if casualties:  # "killing at least 21 people": a casualty count, not a party to the conflict;
                    rel.props["casualties"] = "true"  # kept only so that "condemned the attack" finds its author
                out.append(rel)
    return [r for r in out if r.source != r.target or r.source is None]


def _relative_object(ms: list[Mention], left: list[int], text: str, base: int,
                     s: int) -> tuple[list[Mention], list[Mention]] | None:
    """ "Liwa al-Fajr, which it still lists as a terrorist group" / "X, whom Ankara accuses of ...": the
    antecedent is the object; the agent is the clause's own subject, or the main clause's for "it"/"they"."""
    rel = REL_OBJECT.search(text[max(0, s - 80) : s])
    if rel is None:
        return None
    at = max(0, s - 80) + rel.start()
    before = [k for k in left if ms[k].end - base <= at]
    if not before or not re.fullmatch(r"\s*", text[ms[before[-1]].end - base : at]):
        return None
    inside = [k for k in left if at < ms[k].start - base]
    if rel.group("pron"):
        subj = _subject(ms, before[:-1], text, base, ms[before[-1]].start - base)
        agent = [ms[subj]] if subj is not None else []
    else:
        agent = [ms[inside[-1]]] if len(inside) == 1 else []
    return (agent, [ms[before[-1]]]) if agent else None


def _expand(targets: list[Mention]) -> list[Mention]:
    """ "both sides" stands for two actors: one mention per actor meant."""
    out: list[Mention] = []
    for t in targets:
        out.append(t)
        for key in t.also:
            twin = copy.copy(t)
            twin.entity, twin.also = key, []
            out.append(twin)
    return out


def _subject(ms: list[Mention], left: list[int], text: str, base: int, trigger_at: int | None = None) -> int | None:
    """Rightmost mention before the trigger that is not inside a prepositional phrase or a relative clause."""
    if trigger_at is None:
        trigger_at = ms[left[-1]].end - base if left else 0
    for k in reversed(left):
        m = ms[k]
        if RELATIVE_OPEN.search(text[: m.start - base]) and "," in text[m.end - base : trigger_at]:
            continue  # "Turkey, which backs X, has called on ...": X is inside the relative clause
        before = text[max(0, m.start - base - 60) : m.start - base]
        pw = _prev_word(before, len(before))
        if pw in PREPS:
            owner = re.search(r"\b(\w+)\s+(?:of|at|from|in)\s+(?:the\s+)?$", before) if pw in ("of", "at", "from", "in") else None
            acting = owner and (owner.group(1).lower() in AGENT_NOUNS if pw != "in" else
                                m.kind == "Country" and owner.group(1).lower() in STATIONED_AGENTS)
            clause = pw in SUBORDINATORS and CLAUSE_SUBJECT_GAP.fullmatch(text[m.end - base : trigger_at])
            # "Agents of Venezuela's ..." and "Riot police in Tbilisi" act; so does the subject of
            # "after Washington designated ...": there "after" opens a clause, not a prepositional phrase
            if not (acting or clause):
                continue
        if m.possessive and m.kind != "Country":
            nxt = re.match(r"['’]s?\s+([\w\-]+)", text[m.end - base :])
            if nxt and nxt.group(1).lower() not in ("government", "forces", "army", "military", "office", "party"):
                continue
        return k
    return None


def _modifier(ms: list[Mention], left: list[int], text: str, base: int, s: int) -> int | None:
    """A mention right before a nominal trigger: "U.S. sanctions", "Maduro's negotiation attempt"."""
    if not left:
        return None
    k = left[-1]
    gap = text[ms[k].end - base : s]
    if not ms[k].possessive and any(VERB_LIKE.fullmatch(w) for w in gap.split()):
        return None  # "Belgrade protests arrest of ...", "Manila covers attacks on ...": a verb, not a modifier
    if re.fullmatch(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){0,2}", gap) and not (set(gap.split()) & NOT_MODIFIERS):
        return k
    return None


def _objects(ms: list[Mention], right: list[int], text: str, base: int, e: int, trig: Trigger,
             trig_text: str = "", noun: bool = False) -> list[Mention]:
    if trig.obj == "none" or not right:
        return []
    if trig.obj == "adjacent":  # the actor right after the verb: "suspended Niger", not "suspended aid to Niger"
        if re.fullmatch(r"\s+(?:the\s+)?", text[e : ms[right[0]].start - base]):
            return _coordinated(ms, right[0], text, base, 1)
        return []
    if trig.obj == "between":
        first = right[0]
        group = _coordinated(ms, first, text, base, 1)
        if len(group) == 1 and group[0].also:  # "a meeting between officials from both sides"
            one, other = copy.copy(group[0]), copy.copy(group[0])
            one.also, other.entity, other.also = [], group[0].also[0], []
            return [one, other]
        return group if len(group) >= 2 else []
    skipped: set[int] = set()
    for k in right:
        m = ms[k]
        if k in skipped:
            continue
        gap = text[e : m.start - base]
        if len(gap) > 90 or ";" in gap or re.search(r"[.:]\s", gap):
            return []
        if re.match(r"^,?\s+(?:said|says|told|added|reported|announced|claimed)\b", text[m.end - base :]):
            continue  # the speaker of the sentence, not a participant
        if k + 1 < len(ms) and ms[k + 1].kind == "Person" and ms[k + 1].title_i is not None \
                and re.fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){1,3}", text[m.end - base : ms[k + 1].start - base]):
            continue  # "RSF commander X": the organisation only qualifies the person
        if isinstance(trig.obj, tuple):
            if not re.search(r"\b(?:" + "|".join(trig.obj) + r")\s+(?:[\w\-’']+\s+){0,4}(?:[\w\-’']+,\s+)?$",
                             text[:e].lower()[-30:] + gap.lower()):
                continue
        elif _prev_word(gap, len(gap)) in BAD_OBJ_PREPS or (trig.type == "COERCES" and _prev_word(gap, len(gap)) == "to"):
            # "expelled him to Rome": a destination, not the one expelled
            skipped.update(ms.index(x) for x in _coordinated(ms, k, text, base, 1))  # "after France, Germany"
            continue
        elif trig.type in OBJECT_BEFORE_OF and re.search(r"\bof\b", GOVERNMENT_OF.sub(" ", gap)):
            return []  # "accused X of serving Y": the accused comes before "of"
        low_gap = gap.lower()
        if noun and not TARGET_PREP.search(trig_text) and not TARGET_PREP.search(low_gap):
            return []  # a nominal takes its target through a preposition: "designation of X", "sanctions on X"
        if trig.type in ADJACENT_TARGET and len(low_gap.split()) > 3:
            return []
        elif (re.search(r"\bthat\b", gap.lower()) and trig.type not in ("DEMANDS",)) or CLAUSE_BREAK.search(gap.lower()):
            return []
        if m.kind == "Person" and GOVERNMENT_OF_PERSON.search(gap):
            gov = copy.copy(m)  # "with the government of President X (and Vice President Y)": X's state
            gov.entity = f"{GOVERNMENT_PREFIX}{m.entity}"
            return [gov]
        if k + 1 < len(ms) and ms[k + 1].kind == "Organization" and POSSESSED_APPOSITION.match(
                text[m.end - base : ms[k + 1].start - base]):
            k += 1  # "sanctions on X's armed group, Y" / "a deal with the state company's subsidiary, Y": Y
        return _coordinated(ms, k, text, base, 1)
    return []


def is_symmetric(rel_type: str) -> bool:
    return not ontology().relation_type(rel_type).directed
