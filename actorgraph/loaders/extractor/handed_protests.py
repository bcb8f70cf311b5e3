"""A protest handed to someone protests against them: "Ambassador X was handed a formal protest" (by the state the
story is set in, or the one named after "by"), "Denmark handed the Russian envoy, X, a note of protest". The one a
protest is handed to never lodges it; handed to someone serving a state, it is against that state (as a summons of
its envoy is) (round 29: the trigger "handed a formal protest" read the envoy as the
protester, its passive unseen)."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.events_speech import clause_agent
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_VERBS = ("handed", "given", "delivered", "served")
_PROTEST_NOUN = (r"(?:an?\s+)?(?:(?:formal|diplomatic|strong|strongly[\s-]worded|official|written|verbal)\s+)*"
                 r"(?:protest(?:\s+note)?|note\s+of\s+protest|letter\s+of\s+protest)\b")
# "X was handed a formal protest", "X has been served with a note of protest"
_PASSIVE = re.compile(r"(?:\s*,)?\s+(?:(?:was|were|is|are)(?:\s+being)?|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
                      r"(?P<verb>handed|given|delivered|served(?:\s+with)?)\s+" + _PROTEST_NOUN)
# "Denmark handed the Russian ambassador a formal protest": the recipient between the verb and the protest
_ACTIVE = re.compile(r"\b(?P<verb>handed|gave|delivered|served)\s+(?P<mid>[^.;:]{2,90}?)\s+(?:with\s+)?"
                     + _PROTEST_NOUN)
_ENVOY = re.compile(r"(?i)ambassador|envoy|charg[eé]|consul|commissioner")
_BY = re.compile(r"[^.;]{0,60}?\bby\s+(?:the\s+)?$")


def handed_protests(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                    story_state: Callable[[], str | None], affiliation: dict[str, str]) -> list[RawRelation]:
    """``found`` with the protests handed told, less any the recipient was read to lodge with that protest."""
    text = sent.text
    if sent.headline or "protest" not in text or not contains_any(text, _VERBS + ("gave",)):
        return found
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for m in ms:
        hit = _PASSIVE.match(text, m.end - base)
        if hit is None or m.possessive:
            continue
        found = [r for r in found if not (r.type == "PROTESTS" and r.source == m.entity
                                          and hit.start() <= r.trigger_start < hit.end())]  # not the recipient's
        protester = next((x.entity for x in ms if x.start - base >= hit.end() and _BY.fullmatch(
            text, hit.end(), x.start - base)), None) or story_state()
        own = affiliation.get(m.entity or "", m.entity if m.kind == "Country" else None)
        if protester is None or protester == m.entity or protester == own:
            continue  # (a protest handed to someone of the story's own state: by whom is not told)
        at, target = hit.start("verb"), _addressee(m, affiliation)
        if target is None:
            continue
        out.append(RawRelation(protester, "PROTESTS", target, sent, at, hit.group("verb"),
                               status_of(text, m.end - base, at, "PROTESTS"), 0.6))
    for hit in _ACTIVE.finditer(text):
        mid_start, mid_end = hit.start("mid"), hit.end("mid")
        recipients = [x for x in ms if mid_start <= x.start - base and x.end - base <= mid_end]
        agent = clause_agent(ms, text, base, hit.start())
        if not recipients or agent is None or not agent.entity or agent.entity == recipients[0].entity:
            continue
        at, target = hit.start("verb"), _addressee(recipients[0], affiliation)
        if target is None:
            continue
        out.append(RawRelation(agent.entity, "PROTESTS", target, sent, at, hit.group("verb"),
                               status_of(text, agent.end - base if agent.end - base <= at else 0, at, "PROTESTS"),
                               0.6))
    return found + out


def _addressee(m: Mention, affiliation: dict[str, str]) -> str | None:
    """Whom a protest handed to ``m`` is against: the state an envoy or official serves, else ``m``; None for an
    envoy whose state is not known yet (the summons of "its ambassador" tells it)."""
    state = affiliation.get(m.entity or "") if m.kind == "Person" else None
    if m.kind == "Person" and not state and m.country:  # "Russian ambassador X", told in the same sentence
        state = f"Country:{normalize_name(m.country)}"
    if state and state.startswith("Country:"):
        return state
    return None if m.kind == "Person" and m.title is not None and _ENVOY.search(m.title.text) else m.entity
