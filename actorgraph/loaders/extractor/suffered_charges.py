"""Charges told as what a victim suffered at another's hands: "the minister said federal forces had been ambushed by
Jubaland troops", "saying it had been beaten out of him by officers of the intelligence service" -> the speaker
ACCUSES the passive's agent. reported.passive_charges covers a hostile act named as the passive's subject ("the
bombing was ordered by X"); here the subject is the one harmed and the participle is itself the wrong."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.imputed_charges import may_accuse, reported_accusation
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

# the participles that are themselves a wrong done to the passive's subject (not an arrest or a trial, which a state
#   does lawfully as often as not, nor "driven", "pushed", "forced", whose agent is as often a need as a party)
_WRONGED = (r"attacked|ambushed|beaten|tortured|abducted|kidnapped|killed|murdered|shot|shelled|bombed|harassed|"
            r"intimidated|threatened|mistreated|ill-treated|abused|assaulted|raped|looted|robbed|extorted|poisoned|"
            r"massacred|persecuted|hacked|executed|fired\s+(?:on|upon|at)")
# the wrongs named as nouns a victim suffers: "was the victim of political persecution by", "were subjected to torture
#   by", "abuse at the hands of"
_WRONG_NOUNS = (r"persecution|harassment|attacks?|smear(?:\s+campaign)?|torture|abuses?|abduction|kidnapping|"
                r"intimidation|reprisals?|repression|discrimination|violence|aggression|beatings|ill-treatment|"
                r"mistreatment|(?:enforced\s+)?disappearance")
# "had been ambushed by", "were beaten out of him by", "was repeatedly attacked ... by the": the participle, at most
#   four words of adjunct, or a wrong noun after "victim of", "subjected to" or "suffered"; then "by" (or "at the
#   hands of") right before the agent's description
_AGENT_MARK = r"\s+(?:by|at\s+the\s+hands\s+of)\s+"
_SUFFERED_BY = re.compile(r"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?[\"“]?(?:"
                          + _WRONGED + r")[\"”]?(?:\s+(?!by\b)[a-z][\w\-']*){0,4}?"
                          r"|(?:victims?\s+of|subjected\s+to|suffered|endured)\s+(?:(?:an?|the)\s+)?[\"“]?(?:[a-z][\w\-]*\s+){0,2}?(?:"
                          + _WRONG_NOUNS + r")[\"”]?)" + _AGENT_MARK)
# between "by" and the agent: a determiner and a few lower-case words ("officers of the", "a patrol of the")
_AGENT_LEAD = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?:of\s+(?:the\s+)?)?")
# the speech verb before the passive: its subject speaks (round 31)
_SPEECH = re.compile(r"\b(?:said|says|told\s+[\w\-]+(?:\s+[\w\-]+)?|reported|alleged|claimed|charged|insisted|added|"
                     r"stated|saying)\b")
_SPEECH_WORDS = ("said", "says", "told", "reported", "alleged", "claimed", "charged", "insisted", "added", "stated",
                 "saying")
# what puts the wrong in doubt or denies it between the speech verb and the passive
_DOUBTED = re.compile(r"\b(?:not|never|no|nothing|n[’']t|without|whether|if|doubt\w*|unclear|unlikely|deni\w+|"
                      r"reject\w*|rumou?rs?|false\w*)\b", re.I)
_SUFFERED_WORDS = ("been", "was", "were", "being", "victim", "subjected", "suffered", "endured")
_AGENT_WORDS = (" by ", "hands of")
# a part of every participle and noun of _SUFFERED_BY: a sentence with none names no wrong suffered
_WRONG_PARTS = ("attack", "ambush", "beat", "tortur", "abduct", "kidnap", "killed", "murder", "shot", "shell", "bomb",
                "harass", "intimidat", "threaten", "treat", "abuse", "assault", "raped", "loot", "robbed", "extort",
                "poison", "massacr", "persecut", "hack", "execut", "fired", "smear", "reprisal", "repression",
                "discriminat", "violence", "aggression", "disappearance")


def suffered_charges(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``ms``: the sentence's actor mentions in order; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if not contains_any(text, _AGENT_WORDS) or not contains_any(text, _SPEECH_WORDS) \
            or not contains_any(text, _WRONG_PARTS) or not contains_any(text, _SUFFERED_WORDS):
        return []
    out: list[RawRelation] = []
    for hit in _SUFFERED_BY.finditer(text):
        agent = next((m for m in ms if m.start - base >= hit.end()), None)
        if agent is None or not _AGENT_LEAD.fullmatch(text, hit.end(), agent.start - base):
            continue
        said = next(reversed(list(_SPEECH.finditer(text, 0, hit.start()))), None)  # the last one before
        if said is None or _DOUBTED.search(text, said.end(), hit.start()):
            continue
        speaker = main_subject(ms, text, base, said.start())
        if not may_accuse(speaker, agent, affiliation) or agent.possessive and agent.kind != "Country":
            continue
        rel = reported_accusation(speaker.entity, agent.entity, sent, said.start(), said.group())
        rel.props["passive_charge"] = "true"  # answered only by its target's side
        rel.props["background"] = "1"  # the sentence's dates are the wrong's, not the charge's
        out.append(rel)
    return out
