"""Adjustments to the parties of an event: one subject governing a chain of coordinated verbs ("X expressed
solidarity with Y and offered Turkish help" -> X offers Y: a verb joined by "and" that names no recipient of its
own takes the previous verb's); the state behind a summoned envoy; the forum a complaint is lodged with."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.charge_patterns import ALLEGATION_BEFORE
from actorgraph.loaders.extractor.described_accused import described_accused
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import PROMISE_TO

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.relations import RawRelation

# verbs whose object is a thing given or promised, the recipient being the party already in play
_INHERITING = frozenset({"OFFERS", "AIDS", "SUPPORTS"})
_FRIENDLY = frozenset({"MEETS_WITH", "SUPPORTS", "OFFERS", "AIDS", "COOPERATES_WITH", "NEGOTIATES_WITH", "AGREES_WITH"})
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her|them)\b")
# "arrested X on Monday, accusing him of ...": a participle closing the clause whose object it takes up
_PERSON_OBJECT = re.compile(r"\s+(?:him|her)\b")
_PARTICIPLE_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:accusing|charging|blaming)$")
_RELATIVE_AFTER_PARTNER = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also|already|reportedly|since|long|"
                                     r"repeatedly|previously)\s+|\w+ly\s+)*$")
_HOSTILE = frozenset({"ACCUSES", "PROTESTS", "REJECTS", "THREATENS", "DEMANDS", "COERCES"})
# "... and demanded that the text be published", "... and demanded his resignation": a demand with no addressee named
_DEMAND_ON_PARTNER = re.compile(r"\s+(?:that\s+(?!(?:the\s+)?[A-Z])|(?:his|her|its|their)\b)")  # not "that Congress open"
_JOINED = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?:also\s+)?$")
# "offered Turkish help": a demonym qualifying the thing offered, not its recipient
_QUALIFIED_THING = re.compile(r"^\s+(?:military\s+|financial\s+|technical\s+|economic\s+)?(?:help|aid|support|assistance|"
                              r"mediation|funding|loans?|troops|weapons|arms|expertise|backing|cooperation|"
                              r"equipment|advisers|advisors|know-how|good offices)\b")


def own_recipient(text: str, base: int, targets: list[Mention]) -> list[Mention]:
    """Targets without demonyms that only qualify the thing offered ("offered Turkish help")."""
    return [t for t in targets if not (t.kind == "Country" and t.surface[:1].isupper() and t.surface.endswith(
        ("ish", "ian", "ese", "an", "i", "ic", "ch")) and _QUALIFIED_THING.match(text[t.end - base :]))]


def _charging_participle(text: str, s: int, rel_type: str, agents: list[Mention]) -> bool:
    """ "Chile arrested X on Monday, accusing him of ...": "him" is the object the clause's verb took (not when the
    agent is a bare "police" or "prosecutors", whose state is only the story's guess)."""
    return rel_type == "ACCUSES" and bool(_PERSON_OBJECT.match(text, _word_end(text, s))) \
        and _PARTICIPLE_AFTER.search(text, max(0, s - 20), _word_end(text, s)) is not None \
        and all(a.via != "state-agent" for a in agents)


def inherited_targets(text: str, s: int, rel_type: str, agents: list[Mention], targets: list[Mention],
                      prev_subject: list[Mention], prev_targets: list[Mention], prev_type: str,
                      ms: list[Mention], base: int) -> list[Mention]:
    """The recipients of the verb at ``s``: its own, else those of the friendly verb it is coordinated with;
    "met X in Belgrade and, according to media, urged him to ...": a pronoun object is the previous verb's."""
    if not targets and not prev_targets and agents and rel_type == "ACCUSES" \
            and (_charging_participle(text, s, rel_type, agents) or _CHARGED_AFTER_AND.search(text, max(0, s - 12), s)
                 and _PERSON_OBJECT.match(text, _word_end(text, s))):
        return _named_person(ms, base, max(a.end for a in agents) - base, s, agents)  # "singled out X, accusing him"
    if not targets and (described := described_accused(text, s, _word_end(text, s), rel_type, agents, prev_subject,
                                                       prev_targets)) is not None:
        return described  # "imposed sanctions on X, accusing the conglomerate of ...": X
    if not targets and prev_targets and agents and agents == prev_subject and _PRONOUN_OBJECT.match(text, _word_end(text, s)) \
            and (re.search(r"\band\b", text[max(0, s - 60) : s]) or _charging_participle(text, s, rel_type, agents)) \
            and ";" not in text[max(0, s - 60) : s]:
        people = [m for m in prev_targets if m.kind == "Person"]
        return people if re.match(r"\s+(?:him|her)\b", text[_word_end(text, s) :]) else prev_targets
    if not targets and rel_type == "AIDS" and agents and agents == prev_targets and prev_type in _FRIENDLY \
            and _RELATIVE_AFTER_PARTNER.search(text, max(0, s - 40), s):
        return prev_subject  # "Chad deepened ties with the UAE, which has supplied drones": to Chad
    if not targets and rel_type == "DEMANDS" and prev_type in _HOSTILE and prev_targets and agents == prev_subject \
            and _JOINED.search(text[max(0, s - 20) : s]) and _DEMAND_ON_PARTNER.match(text, _word_end(text, s)):
        return prev_targets  # "accused X of lying and demanded that he resign": the demand is on X
    if targets or rel_type not in _INHERITING or prev_type not in _FRIENDLY or not prev_targets or not agents \
            or agents != prev_subject:
        return targets
    if not _JOINED.search(text[max(0, s - 20) : s]):
        return targets
    return prev_targets


_ENVOY_OF = re.compile(r"^(?:['’]s?)?\s+(?:[\w\-]+\s+)?(?:ambassador|envoy|charg[eé] d['’]affaires|chargé|consul)\s*,?\s*$", re.I)


def summoned_state(ms: list[Mention], text: str, base: int, targets: list[Mention]) -> list[Mention]:
    """ "summoned Azerbaijan's ambassador, X": a protest lodged with the envoy's state, not the envoy."""
    out = []
    for t in targets:
        k = ms.index(t) if t in ms else -1
        prev = ms[k - 1] if k > 0 else None
        if t.kind == "Person" and prev is not None and prev.kind == "Country" \
                and _ENVOY_OF.match(text[prev.end - base : t.start - base]):
            out.append(prev)
        else:
            out.append(t)
    return out


def summoned_envoy(ms: list[Mention], right: list[int], base: int, e: int) -> list[Mention]:
    """ "summoned Chad's ambassador, X", "summoned the head of the EU delegation, X": the summoner meets the
    envoy named (the protest goes to the envoy's state); an envoy not named is met by no one in particular."""
    return [ms[k] for k in right if ms[k].kind == "Person" and ms[k].start - base - e < 90][:1]


_VENUE = re.compile(r"\b(?:United Nations|Security Council|Court|Tribunal|Council|Commission|Organi[sz]ation|Union|"
                    r"Committee|Assembly)\b")


def venue_dropped(text: str, base: int, e: int, targets: list[Mention]) -> list[Mention]:
    """ "lodge a formal complaint with the United Nations": the body is where the protest is lodged, the
    protest is against someone else (settled in discourse)."""
    if targets and targets[0].kind == "Organization" and _VENUE.search(targets[0].surface) \
            and re.search(r"\b(?:with|to|at|before)\s+(?:the\s+)?$", text[max(0, targets[0].start - base - 12) : targets[0].start - base]):
        return []
    return targets


_CHARGED_AFTER_AND = re.compile(r"\band\s+(?:[a-z]+ly\s+)?$")


def _named_person(ms: list[Mention], base: int, after: int, s: int, agents: list[Mention]) -> list[Mention]:
    """ "She singled out X, a parish priest, accusing him of ...": no relation before names the object, so "him" is
    the last person named between the subject and the verb (none when none is)."""
    people = [m for m in ms if m.kind == "Person" and after <= m.start - base and m.end - base <= s and m not in agents]
    return people[-1:]


_WORD_ON = re.compile(r"[\w\-]+(?:\s+on)?")


def _word_end(text: str, s: int) -> int:
    m = _WORD_ON.match(text[s:])  # (a slice: s may count from the end)
    return s + (m.end() if m else 0)


def retyped(trig: Trigger, low: str, s: int) -> tuple[Trigger, bool]:
    """The trigger's type read in context, and whether it is promised aid: "pledged $5 million to help X" /
    "ready to supply X" offer; "..., an allegation Kabul rejects" denies."""
    if trig.type == "AIDS" and trig.form == "verb" and PROMISE_TO.search(low[max(0, s - 50) : s]):
        return dataclasses.replace(trig, type="OFFERS"), True
    if trig.type == "REJECTS" and ALLEGATION_BEFORE.search(low[max(0, s - 60) : s]):
        return dataclasses.replace(trig, type="DENIES"), False
    if trig.type == "PROTESTS" and low.startswith("summon", s) and _SUMMONED_SUSPECT.match(low, s):
        return dataclasses.replace(trig, type="INVESTIGATES"), False  # "could summon the firm's director": for questioning
    return trig, False


# "summoned the company's managing director", "will summon two officials": a person called in by an inquiry, not an
#   envoy called in to hear a protest
_SUMMONED_SUSPECT = re.compile(
    r"summon\w*\s+(?!(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w\-'’]+\s+){0,3}?(?:ambassador|envoy|charg|diplomat|head\s+of|"
    r"delegat|high\s+commissioner|consul|attach|representative|minister))(?:[\w\-'’]+\s+){0,3}?(?:managing\s+director|"
    r"director|chief\s+executive|executives?|owners?|chairman|chairwoman|officials?|managers?|suspects?|editors?|"
    r"journalists?|activists?|businessm[ae]n|businesswom[ae]n|founders?)\b")


_ATTACK_NOUN = r"(?:attacks?|bombings?|ambush(?:es)?|strikes?|airstrikes?|raids?|blasts?|explosions?|assaults?|shelling|" \
               r"killings?|massacres?|shootings?|rocket fire)"
_BLAME_VERB = re.compile(r"(?:blam|attribut|pin|la[iy]|put|plac)\w*")
_ATTACK_BEFORE = re.compile(_ATTACK_NOUN + r"\b[^.;]{0,80}?\b(?:that|which)\s+(?:[\w\-.’']+\s+){1,4}$")


def blamed_attack(rel_type: str, trigger_text: str, text: str, s: int, agent_kind: str | None) -> bool:
    """ "India blamed the attack on X", "a bombing that Ugandan police attributed to X": a state blaming an attack
    on X says X attacked it (alleged), besides accusing X."""
    low = trigger_text.lower()
    return rel_type == "ACCUSES" and agent_kind == "Country" and bool(_BLAME_VERB.match(low)) and (
        bool(re.search(r"\b" + _ATTACK_NOUN + r"\b", low)) or bool(_ATTACK_BEFORE.search(text.lower(), max(0, s - 140), s)))


def alleged_attack(rel: RawRelation) -> RawRelation:
    """The attack the blamed party is alleged to have made on the blaming state."""
    return dataclasses.replace(rel, source=rel.target, type="ATTACKS", target=rel.source,
                               status=RelationStatus.ALLEGED, props={})


# "raise the debts with Chinese leaders", "held talks with Russian officials": the state those officials speak for
_STATE_SPOKESMEN = frozenset("leaders officials authorities counterparts diplomats ministers negotiators envoys "
                             "leadership".split())
_DIPLOMATIC = frozenset({"MEETS_WITH", "NEGOTIATES_WITH", "AGREES_WITH"})


# "halted imports of apples from a dozen Moldovan growers": a state's traders stand for its trade
_TRADERS = frozenset("exporters importers producers growers farmers suppliers manufacturers traders firms companies "
                     "businesses goods products".split())
_TRADE_FLOW = re.compile(r"\b(?:imports?|exports?|shipments?|deliveries|supplies|sales)\b")


def counterpart_key(t: Mention, rtype: str, trigger_text: str = "") -> str | None:
    """The entity a diplomatic partner stands for: an unnamed group of a state's officials ("Chinese leaders")
    is that state; so is an unnamed group of a state's traders hit by a measure on trade flows ("banned
    imports from Georgian winemakers' firms"); anything else is itself."""
    if t.kind != "Group" or not t.country:
        return t.entity
    head = t.surface.lower().split()[-1]
    if (rtype in _DIPLOMATIC and head in _STATE_SPOKESMEN) or (
            rtype == "SANCTIONS" and head in _TRADERS and _TRADE_FLOW.search(trigger_text.lower())):
        return f"Country:{normalize_name(t.country)}"
    return t.entity


# crowd control: "dispersed", "fired tear gas", "used water cannon"
_CROWD_CONTROL = re.compile(r"dispers|tear ?gas|water cannon|rubber bullets|pepper spray|stun grenade")
# "At least nine people were killed when police fired tear gas": a group that undergoes is no crowd that acted
_UNDERGOES = re.compile(r"\s+(?:were|was|had|have|has)\b")


def dispersed_crowd(ms: list[Mention], text: str, base: int, trigger_text: str, agents: list[Mention]) -> list[Mention]:
    """ "Hundreds of miners blocked the highway, and police fired tear gas to clear it", "supporters protested
    until police dispersed them": crowd control that names no one acts on the crowd the sentence opened with (a
    group named before the agent, as the subject of its own verb)."""
    if not agents or not _CROWD_CONTROL.search(trigger_text):
        return []
    first = min(a.start for a in agents)
    crowd = [m for m in ms if m.kind == "Group" and m.end <= first][:1]
    return [m for m in crowd if not _UNDERGOES.match(text, m.end - base)]
