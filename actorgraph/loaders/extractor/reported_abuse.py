"""Abuse by a state's forces told on someone's word: "At least nine people were killed when police fired on
protesters, according to the national human rights commission", "X said several detainees had been beaten in
police custody" -> the source ACCUSES the state whose forces did it. A rights body or an opposition figure that
reports killings, beatings or torture by police or soldiers is accusing the state, though no accusation verb
is used; the state's own officials reporting casualties are not."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_ABUSE = re.compile(r"\b(?:killed|shot(?:\s+dead)?|beaten|beat|tortured|assaulted|abused|mistreated|ill-treated|"
                    r"raped|whipped|flogged)\b", re.I)
_ABUSE_WORDS = frozenset("killed shot beaten beat tortured assaulted abused mistreated ill raped whipped flogged".split())
# the state's forces as the doers: "police beat protesters", "killed when soldiers opened fire", "beaten by
#   officers", "in police custody" (not soldiers as victims: "40 soldiers were killed", "said 23 soldiers had been
#   killed", "killed dozens of soldiers")
_FORCE = r"(?:police|policemen|security forces|soldiers|troops|gendarmes|officers|guards|army|military|agents)"
_FORCES_DID = re.compile(rf"\b{_FORCE}\s+(?:(?!(?:been|were|was|are|is)\b)[\w\-]+\s+){{0,2}}?(?:killed|shot|beat|"
                         rf"tortured|assaulted|abused|fired|opened fire|used)\b|\b(?:by|when)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?{_FORCE}\b|"
                         r"\bin\s+(?:police\s+|military\s+|state\s+)?(?:custody|detention)\b", re.I)
# victims whom only the state would be shooting or beating when the sentence names no one
_VICTIMS = re.compile(r"\b(?:protesters|demonstrators|marchers|detainees|prisoners|inmates|activists|students|"
                      r"strikers|mourners)\b", re.I)
# told on another's word or to be looked into: "would look into complaints that officers beat ..."
_HEARSAY = re.compile(r"\b(?:would|will|could|might|may|to)\s+(?:look into|investigate|examine|probe|review)\b|"
                      r"\b(?:complaints?|allegations?|reports?|claims?|rumou?rs?)\s+(?:that|of)\b", re.I)
_PASSIVE_ABUSE = re.compile(r"\b(?:were|was|had been|have been|has been|been)\s+(?:\w+ly\s+)?(?:shot(?:\s+dead)?|"
                            r"killed|beaten|tortured|assaulted|abused|mistreated|ill-treated)\b", re.I)
_NON_STATE_AGENT = re.compile(r"\b(?:by|when)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:militants?|rebels?|gunmen|"
                              r"insurgents|jihadists|fighters|attackers|gangs?|bandits|separatists|mob)\b", re.I)
_DENIED = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed|no one|nobody|not|never)\b", re.I)
_SPEECH_AFTER = re.compile(r"^(?:,[^,;]{0,90},|,)?\s+(?:also\s+)?(?:said|says|reported|reports|alleged|alleges|"
                           r"claimed|claims|told\s+[\w\-]+(?:\s+[\w\-]+)?)\b(?:\s+(?:on|late on|earlier on|last)\s+\w+)?"
                           r"(?:\s+that)?")
# the speaker named after what it reports: "Two of them were beaten by officers in custody, the group said."
_SPEECH_CLOSING = re.compile(r"^\s+(?:also\s+)?(?:said|says|reported|reports|alleged|alleges|claimed|claims)\b"
                             r"(?:\s+(?:on|late on|earlier on|last)\s+\w+)?\s*[.!?\"”']*\s*$")
_CLOSING_COMMA = re.compile(r"[,\"”']\s+(?:the\s+)?$")
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_SPEAKERS = ("Organization", "Person")
_STATE_BODY = re.compile(r"\b(?:police|army|ministry|military|forces|government|gendarmerie|guards?|defen[cs]e|interior|"
                         r"security|prosecutors?|presidency|cabinet)\b", re.I)


def reported_abuse(sent: Sentence, mentions: list[Mention], home: str | None,
                   affiliation: dict[str, str]) -> list[RawRelation]:
    """``home``: the state the story is set in (whose forces a bare "police" are); ``affiliation``: person ->
    the country they lead or serve (a state's own official does not accuse it)."""
    text = sent.text
    if home is None or not has_word(sent, _ABUSE_WORDS) or not _ABUSE.search(text):
        return []
    base = sent.start
    for m in sorted(mentions, key=lambda x: x.start):
        if m.kind not in _SPEAKERS or not m.entity or m.entity == home or affiliation.get(m.entity) == home \
                or _STATE_BODY.search(m.surface) or (m.kind == "Person" and m.title is not None):
            continue  # the state's own officials and bodies report casualties, they do not accuse
        before, after = text[: m.start - base], text[m.end - base :]
        if _ACCORDING_TO.search(before[-60:]):
            clause = before + after  # "..., according to X(, which said ...)"
        elif _SPEECH_CLOSING.match(after) and _CLOSING_COMMA.search(before[-12:]):
            clause = before  # "..., the group said."
        elif (said := _SPEECH_AFTER.match(after)) is not None:
            clause = re.split(r"[;:]|,\s+(?:but|while|whereas)\b", after[said.end() :])[0]  # "X said ..."
        else:
            continue
        abuse = _ABUSE.search(clause)
        if abuse is None or _DENIED.search(clause[: abuse.start()]) or _NON_STATE_AGENT.search(clause) \
                or _HEARSAY.search(clause):
            continue
        if not (_FORCES_DID.search(clause) or (_PASSIVE_ABUSE.search(clause) and _VICTIMS.search(clause))):
            continue
        rel = RawRelation(m.entity, "ACCUSES", home, sent, m.start - base, abuse.group(0),
                          RelationStatus.ASSERTED, 0.5)
        rel.props["reported"] = "true"
        return [rel]
    return []
