"""A legal challenge to a state measure is a protest against the state the story is set in: "said it would challenge
the seizure in Argentine courts", "the party would challenge the ban in the High Court", "has asked the High
Constitutional Court to suspend the order", "is one of eleven groups that have filed a complaint with the
Constitutional Court". The court is the venue, not the target; the challenger is the clause's subject (or, after
"said it/the party would", the speaker or the body meant). Only a challenge taken to a court or tribunal counts:
"challenged the government's figures" is an argument, not a case. With no court named, an appeal ("said it would
appeal", "has appealed the ruling") or a challenge of a measure protests whoever took the decision, found in
discourse (the latest act done to the appellant); contesting a warrant or case brought against one REJECTS it."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.events_speech import clause_agent
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_MEASURE = (r"(?:the|this|that|his|her|their|its|a)\s+(?:[\w\-’']+\s+){0,2}?(?:arrests?|detentions?|expulsions?|"
            r"extraditions?|seizure|bans?|designations?|sanctions|rulings?|verdicts?|convictions?|sentences?|freeze|"
            r"closure|nationali[sz]ation|dissolution|annulment|decision|order|decree|law|warrant|licen[cs]e\s+"
            r"revocation|measures?)")
_COURT = r"(?:[\w\-’']+\s+){0,4}?(?:[Cc]ourts?|tribunal|Tribunal)\b"
_CHALLENGE = re.compile(
    r"\b(?P<verb>challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+against)\s+" + _MEASURE
    + r"\s+(?:[\w\-’']+\s+){0,3}?(?:in|at|before)\s+(?:an?\s+|the\s+)?" + _COURT
    + r"|\b(?P<asked>ask(?:s|ed|ing)?|petition(?:s|ed|ing)?)\s+the\s+" + _COURT
    + r"\s+to\s+(?:suspend|annul|overturn|strike\s+down|block|halt|quash|cancel|reverse|void)\b"
    + r"|\b(?P<filed>fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+(?:an?\s+)?(?:[\w\-]+\s+)?"
    r"(?:complaint|petition|lawsuit|suit|appeal|legal\s+challenge)\s+(?:with|to|before|at|in)\s+(?:the\s+)?" + _COURT)

# an appeal or a challenge with no court named: "said it would appeal", "has appealed the ruling", "would appeal to
#   the Supreme Court", "would challenge the warrant", "would contest the case in court" (not "appealed for calm",
#   "appealed to voters to ...", "challenged the figures")
_DECISION = (r"(?:the|this|that|its|their|his|her)\s+(?:[\w\-’']+\s+){0,2}?(?:rulings?|verdicts?|decisions?|sentences?|"
             r"convictions?|judg(?:e)?ments?|awards?|bans?|orders?|closure)\b")
_APPEAL = re.compile(
    r"\b(?P<verb>(?:(?:would|will|could|plans?\s+to|planned\s+to|intends?\s+to|vow(?:s|ed)\s+to)\s+appeal|"
    r"(?:has\s+|have\s+|had\s+)?appealed))(?=\s*(?:[.;,]|$)|\s+" + _DECISION + r"|\s+it\b|\s+against\b|"
    r"\s+to\s+(?:the\s+|a\s+)?(?:[\w\-’']+\s+){0,4}?(?:[Cc]ourts?|[Tt]ribunal|[Cc]ouncil|[Bb]ody)\b(?!\s+(?:for|to)\b))"
    r"|\b(?P<cverb>(?:would|will|could|plans?\s+to|vow(?:s|ed)\s+to)\s+(?:challenge|contest))"
    r"(?=\s+(?:it\b|" + _MEASURE + r"\b|the\s+case\s+in\s+court))")

_SAID = re.compile(r"\b(?:said|says|added|announced|stated|told\s+[\w\s]{1,30}?)\b")
_PROCEEDINGS = re.compile(r"\s+(?:the|this|that|his|her|their|its)\s+(?:[\w\-’']+\s+){0,2}?(?:warrants?|case|charges|"
                          r"indictment|prosecution)\b")


def legal_challenges(sent: Sentence, mentions: list[Mention], story_state: Callable[[], str | None]) -> list[RawRelation]:
    text = sent.text
    if sent.headline or not ("ourt" in text or "ribunal" in text or "appeal" in text or "challenge" in text
                             or "contest" in text):
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    done: list[tuple[int, int]] = []
    for hit in _CHALLENGE.finditer(text):
        at = hit.start()
        done.append(hit.span())
        agent = _challenger(ms, text, base, at)
        state = story_state()
        if agent is None or state is None:
            continue
        verb = hit.group("verb") or hit.group("asked") or hit.group("filed")
        out.append(RawRelation(agent.entity, "PROTESTS", state, sent, at, verb,
                               status_of(text, agent.end - base if agent.end - base <= at else 0, at, "PROTESTS"),
                               0.55))
    for hit in _APPEAL.finditer(text):  # no court named: against whoever took the decision (found in discourse)
        group = "verb" if hit.group("verb") else "cverb"
        at = hit.start(group)
        agent = _challenger(ms, text, base, at)
        if agent is None or any(at < e and s < hit.end() for s, e in done):
            continue  # (a court named: above)
        said = list(_SAID.finditer(text, 0, at))
        if agent.kind == "Person" and said and re.match(r"\s+(?:that\s+)?it\b", text[said[-1].end() :]):
            # "X, who chairs the union, said it would appeal": the body X speaks for, when it is named
            agent = next((m for m in ms if m.kind == "Organization" and m.entity
                          and agent.start <= m.start and m.end - base <= said[-1].start()), None)
            if agent is None:
                continue
        since = said[-1].start() if said else agent.end - base if agent.end - base <= at else 0
        # contesting the proceedings brought against one rejects them; appealing a decision protests it
        rtype = "REJECTS" if _PROCEEDINGS.match(text, hit.end()) else "PROTESTS"
        out.append(RawRelation(agent.entity, rtype, None, sent, at, hit.group(group),  # ("would" read too)
                               status_of(text, since, hit.end(group), rtype),
                               0.5, needs_partner=True, props={"event": "ANY"}))
    return out


def _challenger(ms: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """Who brings the challenge at ``at``: the clause's subject, or the speaker of "said it/the party would"."""
    said = _SAID_WOULD.search(text, 0, at)
    agent = _opening_subject(ms, base) if said and text[: said.start()].rstrip().endswith(" and") else None
    agent = agent or clause_agent(ms, text, base, at)
    if agent is None or agent.kind not in ("Person", "Organization", "Group") or not agent.entity:
        return None
    return agent


# "X denied ... and said she would challenge ...": the sentence's subject, not the last name before "said"
_SAID_WOULD = re.compile(r"\b(?:said|says|added|announced|stated)\s+(?:that\s+)?(?:it|he|she|they|the\s+\w+)\s+"
                         r"(?:would|will|could|planned\s+to|plans\s+to|intends\s+to)\s+(?:\w+ly\s+|also\s+)?$")


def _opening_subject(ms: list[Mention], base: int) -> Mention | None:
    """The name the sentence opens with, past a possessor ("Charles's lawyer, Nalini Ramsingh, ...": Ramsingh)."""
    for m in ms:
        if m.start - base > 60:
            return None
        if not m.possessive and m.kind in ("Person", "Organization", "Group"):
            return m
    return None
