"""A refusal told as having no intention or plans to act, by a party an earlier sentence told was asked to act:
"Chile asked Peru to reopen the fisheries deal. ... Peru did not intend to reopen the deal", "X urged London to suspend
the aid programme ... London had no plans to end the programme" -> the party REJECTS whoever asked it last for the act it
refuses (a word of the act shared; an appeal for calm or restraint asks no act of it). Not a denial of a hostile aim ("had no intention of invading its neighbour")."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.calm_appeals import CALM_APPEAL
from actorgraph.loaders.extractor.events_speech import clause_agent
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_NO_INTENT = re.compile(r"\b(?:(?:has|had|have)\s+no\s+(?:intention|plans?)\s+(?:of|to)|(?:did|does|do)\s+not\s+"
                        r"(?:intend|plan)\s+to)\s+(?P<act>[a-z]+)")
# a hostile act disowned is a denial of an aim, not a refusal of a request
_HOSTILE = re.compile(r"(?:invad|attack|strik|annex|bomb|occup|seiz|overthrow|destabili|interfer|meddl|harm|threat|"
                      r"fight|wag)")
_ASKED = (RelationStatus.ASSERTED, RelationStatus.REPORTED)
_COMMON = frozenset({"would", "could", "should", "their", "there", "which", "other", "about", "after", "before",
                     "government", "country", "countries", "state", "states", "officials", "minister", "ministry"})


def _stems(words: str) -> set[str]:
    """The content words of ``words`` by their first five letters: what was asked and what is refused must share
    one ("suspend the assistance it funds" / "no plans to end the assistance programme")."""
    return {w[:5] for w in re.findall(r"[a-z]{5,}", words.lower()) if w not in _COMMON}


def intention_refusals(sent: Sentence, mentions: list[Mention], earlier: list[RawRelation],
                       affiliation: dict[str, str]) -> list[RawRelation]:
    """``earlier``: the relations of the sentences before this one, in order; ``affiliation``: the state each
    person named so far holds office in (a state refusing another state's minister refuses that state)."""
    text, base = sent.text, sent.start
    if "intend" not in text and "intention" not in text and "plan" not in text:
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _NO_INTENT.finditer(text):
        if _HOSTILE.match(hit.group("act")):
            continue
        at = hit.start()
        agent = clause_agent(ms, text, base, at)
        if agent is None or not agent.entity:
            continue
        refused = _stems(re.split(r"[,.;:]", text[hit.start("act") :])[0])
        asked = next((r for r in reversed(earlier) if r.type == "DEMANDS" and r.target == agent.entity and r.source
                      and r.source != agent.entity and r.status in _ASKED
                      and not CALM_APPEAL.search(r.sentence.text[r.trigger_start : r.trigger_start + 60].lower())
                      and refused & _stems(r.sentence.text[r.trigger_start : r.trigger_start + 160])), None)
        if asked is None or any(r.type == "REJECTS" and r.source == agent.entity and r.target == asked.source
                                for r in earlier):
            continue
        asker = asked.source or ""
        if agent.kind == "Country" and asker.startswith("Person:") and affiliation.get(asker, agent.entity) != agent.entity:
            asker = affiliation[asker]
        out.append(RawRelation(agent.entity, "REJECTS", asker, sent, at, hit.group(0),
                               RelationStatus.ASSERTED, 0.55))
    return out
