"""Who acts and who undergoes a trigger when the clause is passive ("X was arrested by Y", "a deal signed by
X") or the trigger is a noun ("Y's sanctions on X", "the arrest of X by Y"): moved out of ``find_relations``,
which handles the active verb with its running clause state."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.argument_gaps import SPACE_THE
from actorgraph.loaders.extractor.arguments import (
    apposed_head,
    coordinated,
    modifier_of,
    subject_of,
    whose_antecedent,
)
from actorgraph.loaders.extractor.clause_arguments import by_agent, by_agents
from actorgraph.loaders.extractor.events_speech import speaker_of_charge
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.measure_agents import considering_body
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import (
    BE_AUXILIARY,
    IMPLICIT_PASSIVE,
    LIGHT_VERB,
    MEMBER_PASSIVE,
    OWN_DETERMINER,
    SPEECH_TAGS,
)
from actorgraph.loaders.extractor.possessive_owners import pronoun_owners
from actorgraph.loaders.extractor.relative_heads import relative_person
from actorgraph.loaders.extractor.speaker_patients import speaker_as_patient
from actorgraph.loaders.extractor.status import BLOCKED_BEFORE
from actorgraph.loaders.extractor.text import Sentence

# a warrant that someone other than its issuer handles: "has not executed the Cambodian warrant for X", "ignored
#   an arrest warrant for X" (the subject of such a verb is no issuer, as the subject of "issued" or "has" would be)
# the dealings a ", whose" clause gives the one it is about, as a possessive would ("X, whose talks with Y ...")
_OWNED_DEALINGS = frozenset({"NEGOTIATES_WITH", "AGREES_WITH", "MEETS_WITH", "COOPERATES_WITH", "SANCTIONS",
                             "EASES_SANCTIONS", "DESIGNATES"})
_WHOSE_NOUN = re.compile(r",\s+whose\s+(?:[a-z][\w\-]*\s+){0,2}$")
_HANDLED_WARRANT = re.compile(r"\b(?:execut|enforc|ignor|receiv|reject|challeng|contest|quash|annul|revok|withdr[ae]w|"
                              r"cancel|suspend|lift|serv|act(?:s|ed|ing)?\s+on|forward|transmit)\w*\s+(?:[\w\-.’']+\s+){0,3}$")
_AUXILIARIES_ONLY = re.compile(r"(?:['’]s(?:\s+(?:government|junta|administration|regime|cabinet))?)?"
                               r"\s*(?:(?:is|was|are|were|has|have|had|been|being|now|also|still|already|"
                               r"currently|not|never|no longer|to|will|would|could|may|might|be|remains?|remained|"
                               r"reportedly|allegedly|later|since|once|jointly|partly|largely|effectively|formally|"
                               r"secretly|long|first|originally)\s+){0,4}"
                               r"|\s+(?:[a-z][\w\-]*\s+)?(?:mission|delegation|team|panel|unit|wing|branch|office|"
                               r"contingent|force)\s+")  # "an IMF mission led by X": a part of the body named


# a force noun that tells how the clause's own act of force was done: "troops killed five rebels in an operation
#   against X", "retaliated with strikes on X" (the force verb's subject is the noun's agent; not "were killed in",
#   nor a verb of another clause: "rebels killed three soldiers, and the army ...")
_FORCE_TAIL = re.compile(r"\s(?:in|during|with)\s+(?:an?\s+|the\s+|a\s+joint\s+)?(?:[\w\-]+\s+){0,2}$")
_FORCE_VERB = re.compile(r"\b(?<!were )(?<!was )(?<!been )(?<!be )(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|"
                         r"captur(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|struck|strik(?:e|es|ing)|bomb(?:s|ed|ing)?|"
                         r"shell(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|hit back)\b")
_CLAUSE_BREAK = re.compile(r"[.;:]|\b(?:and|but|while|after|before|when|as|who|which|that|where)\b")

# a description apposed to a name, a passive participle trigger right after it: "X, a businessman wanted in Y on
#   fraud charges" (the name is the participle's patient, as "X, who is wanted in Y")
_APPOSED_PARTICIPLE = re.compile(r",\s+(?:an?|the)\s+[^,;()\"“]{0,60}?\s+")
# a participle right after a noun that opens a clause of its own ("after an offensive backed by Y", "when a convoy
#   escorted by Y"): that noun is its patient, never the main clause's subject
_SUBORDINATE_NOUN = re.compile(r"\b(?:after|before|when|while|since|until|despite|although|though|because|as|amid|"
                               r"following|once|unless)\s+(?:an?|the|its|their|this|that|these|those)\s+"
                               r"(?:[\w\-]+\s+){0,3}$", re.I)

# acts told by a bare participle before "by" ("12 truckers detained by X"): the people named right before undergo it
_BARE_PATIENT_TYPES = frozenset({"COERCES", "INVESTIGATES", "ATTACKS", "SANCTIONS", "DESIGNATES"})

_SAID_IT_WAS = re.compile(r"\b(?:said|says|added|insisted|complained|argued)\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have|"
                          r"was|were|is|are|would|could|might|will)\s+(?:not\s+|never\s+|also\s+|already\s+)?"
                          r"(?:been\s+|be\s+)?$")


# the gaps and openings passive_arguments tests between its subject and the trigger
_COMMA_AFTER_ASIDE = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*")
_BEFORE_PASSIVE_STATE = re.compile(
    r"(?:['’]s)?\s+(?:(?:is|was|are|were|has|have|had|been|being|now|also|still|already|currently|"
    r"not|no longer|to|will|would|could|may|might|be|remains?|remained|still|came|comes|come|coming|drew|draws|"
    r"faced|faces|face)\s+){1,3}")
_RELATIVE_OR_APPOSITION = re.compile(
    r"^,\s+(?:who|which)\b|^(?:,\s+(?:an?|the)\s+[^,;()]{0,60})?,(?=\s+(?:is|was|are|were|has|have|had)\s)")
_PARTICIPLE = re.compile(r"[a-z]+ed\b")
_RELATIVE_PRONOUN_OPEN = re.compile(r"^,\s+(?:who|which|that)\b")
_SPEECH_AFTER = re.compile(r"^,?\s+(?:" + SPEECH_TAGS + r"|announced|stated|warned|insisted)\b")


def passive_arguments(ms: list[Mention], left: list[int], right: list[int], text: str, base: int, s: int, e: int,
                      sent: Sentence, trig: Trigger, reduced: bool) -> tuple[list[Mention], list[Mention], bool]:
    """Agents (a by-phrase), targets (the subject) and whether the agent is left implicit ("was sanctioned")."""
    agents: list[Mention] = []
    targets: list[Mention] = []
    implicit = False
    by = by_agent(ms, right, text, base, e, sent, trig.type not in ("LEADS", "HOLDS_POSITION"))
    subj = apposed_head(ms, left, text, base, s, subject_of(ms, left, text, base, s))
    if subj is not None:
        subj = relative_person(ms, subj, text, base, s)  # "X, deputy leader of Y, who was arrested": X
    if reduced and subj is not None and not _COMMA_AFTER_ASIDE.fullmatch(text[ms[subj].end - base : s]):
        subj = None  # "marched against an order, signed by X, that ...": the order, not the marchers
    if not reduced and left and trig.type in _BARE_PATIENT_TYPES and ms[left[-1]].kind in ("Person", "Group") \
            and text[ms[left[-1]].end - base : s].isspace() and not BE_AUXILIARY.search(text, max(0, s - 40), s) \
            and not MEMBER_PASSIVE.search(text, max(0, s - 70), s):  # (not "X is one of five officers charged")
        subj = left[-1]  # "demanded the release of 12 truckers detained by X": the truckers, not the clause's subject
    if subj is not None and trig.passive and not MEMBER_PASSIVE.search(text, ms[subj].end - base, s) and not _BEFORE_PASSIVE_STATE.fullmatch(
            _RELATIVE_OR_APPOSITION.sub("", text[ms[subj].end - base : s])) and not (
            _APPOSED_PARTICIPLE.fullmatch(text[ms[subj].end - base : s]) and _PARTICIPLE.match(text[s:e])):
        subj = None  # "X is under investigation", not "X warned that organisers would face prosecution"
    if subj is not None and _SUBORDINATE_NOUN.search(text[ms[subj].end - base : s]):
        subj = None  # "X regained ground after an offensive backed by Y stalled": the offensive, another clause's
    if subj is not None and trig.type == "LEADS" and not reduced and not _AUXILIARIES_ONLY.fullmatch(
            _RELATIVE_PRONOUN_OPEN.sub("", text[ms[subj].end - base : s])):
        subj = None  # "awarded a licence to a consortium led by X": the consortium is led, not the subject
    if subj is not None and _SPEECH_AFTER.match(text[ms[subj].end - base :]):
        subj = None  # "the minister said the suspects would be charged": the speaker is not charged
    if subj is not None and speaker_as_patient(ms, subj, text, base, s):
        subj = None
    targets = coordinated(ms, subj, text, base, -1) if subj is not None else []
    if not targets and (own := _SAID_IT_WAS.search(text, max(0, s - 70), s)) is not None:
        k = subject_of(ms, [i for i, m in enumerate(ms) if m.end - base <= own.start()], text, base, own.start())
        if k is not None and ms[k].kind in ("Organization", "Country"):
            targets = [ms[k]]  # "X said it had not been consulted": X, the body speaking of itself
    agent_last = isinstance(trig.obj, tuple) and text[s:e].lower().endswith(trig.obj)
    if by is None and agent_last and right and SPACE_THE.fullmatch(  # "came under fire from X": the agent
            text[e : ms[right[0]].start - base]):
        by = right[0]  # right after the trigger, which ends in the agent's preposition
    if by is not None:
        agents = by_agents(ms, by, text, base)
    elif agent_last and trig.passive:
        pass  # "wanted in New York on charges": the agent's place names no actor, and no other acts
    elif trig.implicit or trig.type in IMPLICIT_PASSIVE or trig.appoint:
        implicit = True  # "was sanctioned", "was arrested": by the acting authority
    return agents, targets, implicit


BY_NEXT = re.compile(r"\s+by\s+(?:the\s+)?")  # "the attack by X on Y"
# the noun's preposition before its object, with the object's article or title ("of opposition leader X")
_PREP_OBJECT = re.compile(r"\b(?:of|on|against|with|to|for|into)\s+(?:(?:the|an?)\s+)?(?:[a-z][\w\-]*\s+){0,3}$")
# "the arrest of Y (, a critic,) by X", "sanctions on Y were lifted by X"
_BY_AFTER_OBJECT = re.compile(r"(?:,[^,;]{1,60},)?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                              r"(?:lifted|eased|relaxed|suspended|removed|scrapped|waived)\s+)?by\s+(?:the\s+)?")


def _by_phrase(ms: list[Mention], right: list[int], text: str, low: str, base: int, s: int, e: int) -> int | None:
    """The agent a trigger noun names in a by-phrase: right after the noun ("the attack by X on Y", "accusations
    by X against Y") or after the object its preposition takes ("the arrest of Y by X", "sanctions on Y by X")."""
    gap = text[e : ms[right[0]].start - base]
    if BY_NEXT.fullmatch(gap) or low[s:e].endswith(" by") and SPACE_THE.fullmatch(gap):
        return right[0]
    if not _PREP_OBJECT.search(low[s : ms[right[0]].start - base]):
        return None
    return next((k for k in right[1:] if _BY_AFTER_OBJECT.fullmatch(text[ms[right[0]].end - base : ms[k].start - base])),
                None)


def nominal_agents(ms: list[Mention], left: list[int], right: list[int], text: str, low: str, base: int, s: int,
                   e: int, trig: Trigger) -> tuple[list[Mention], bool]:
    """The agents of a trigger noun (a modifier, a possessive, the subject of a light verb, a by-phrase after
    its object) and whether the agent is left implicit ("sanctions on X" in a story about a state's policy)."""
    agents: list[Mention] = []
    implicit = False
    agent_k = modifier_of(ms, left, text, base, s)
    if agent_k is None and BLOCKED_BEFORE.search(low, max(0, s - 60), s):
        return [], False  # "accused Y of blocking sanctions on Z": sanctions by others, never imposed
    if agent_k is None and (owners := pronoun_owners(ms, left, text, base, s)) is not None:
        return owners, False  # "sanctions on X over its support for Y": X's support
    if agent_k is None and "warrant" in low[s:e] and _HANDLED_WARRANT.search(low, max(0, s - 60), s):
        return [], False  # (the issuer named elsewhere, or not at all)
    if agent_k is None and trig.type in _OWNED_DEALINGS and (whose := _WHOSE_NOUN.search(low, max(0, s - 50), s)):
        agent_k = whose_antecedent(ms, left, text, base, whose.start())  # "the EU, whose accession talks with X"
    if agent_k is None and (LIGHT_VERB.search(low[max(0, s - 80) : s])
                            or OWN_DETERMINER.search(low[max(0, s - 50) : s])):
        agent_k = subject_of(ms, left, text, base, s)  # "imposed sanctions", "its treaty with X"
    if agent_k is None and trig.type == "ATTACKS" and (verb_at := _force_verb_before(low, s)) is not None:
        agent_k = subject_of(ms, [k for k in left if ms[k].end - base <= verb_at], text, base, verb_at)
    if agent_k is None and trig.type in ("SANCTIONS", "DESIGNATES", "EASES_SANCTIONS"):
        agent_k = considering_body(ms, text, base, s, e)  # "sanctions ... were not considered, X said"
    if agent_k is None and trig.type == "ACCUSES":
        agent_k = speaker_of_charge(ms, left, text, base, s, low[s:e])  # 'said it was "a vendetta by X"'
    if agent_k is None and right:
        agent_k = _by_phrase(ms, right, text, low, base, s, e)
    if agent_k is not None:
        agents = [ms[agent_k]] if ms[agent_k].end - base > s - 40 else coordinated(ms, agent_k, text, base, -1)
    elif trig.implicit or trig.type in ("SANCTIONS", "DESIGNATES", "EASES_SANCTIONS"):
        implicit = True
    return agents, implicit


def _force_verb_before(low: str, s: int) -> int | None:
    """Where the act of force starts that a force noun at ``s`` tells the manner of ("killed five rebels in an
    offensive against X"), when the clause has one."""
    tail = _FORCE_TAIL.search(low, max(0, s - 40), s)
    if tail is None:
        return None
    for verb in _FORCE_VERB.finditer(low, max(0, tail.start() - 150), tail.start()):
        if not _CLAUSE_BREAK.search(low, verb.end(), tail.start()):
            return verb.start()
    return None
