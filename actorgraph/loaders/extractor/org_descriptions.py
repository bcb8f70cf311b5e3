""" "The bloc", "the company", "the firm": which organisation a description of its type refers to.

"The bloc" is a union, community, league or association of states (the EU after "the European Union's foreign
policy chief"), never a militia or a firm named more recently; "the company" or "the firm" is a business, not a
ministry, an armed group or a bloc. Among those, the one named first in the latest sentence that names any:
"sanctions on X, a shipping line controlled by the conglomerate Y, and on the company's director" -> X."""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity

_BLOC_WORDS = frozenset("union community association league bloc cooperation organisation organization "
                        "commonwealth".split())
_BLOC_ANAPHORS = frozenset({"bloc", "union"})
_BUSINESS_ANAPHORS = frozenset({"company", "firm"})
# who did it, named by the deed: the armed organisation in the news, never a state body or a firm
_ROLE_ANAPHORS = frozenset("kidnappers captors abductors hostage-takers attackers assailants separatists "
                           "jihadists".split())
_ARMED_NAME_WORDS = frozenset("army front forces brigade brigades militia movement rebels liberation jihad "
                              "resistance units battalion".split())
_NOT_BUSINESS = _BLOC_WORDS | frozenset("party movement front army forces council nations alliance".split())


def description_pool(word: str, orgs: list[Entity], not_business: frozenset[str]) -> list[Entity]:
    """The organisations a typed description can mean; empty when the word carries no type of its own."""
    if word in _BLOC_ANAPHORS:
        return [e for e in orgs if set(e.tokens) & _BLOC_WORDS and not set(e.tokens) & not_business - _BLOC_WORDS
                and not e.armed]
    if word in _ROLE_ANAPHORS:
        return [e for e in orgs if e.armed or set(e.tokens) & _ARMED_NAME_WORDS]
    if word in _BUSINESS_ANAPHORS:
        return [e for e in orgs if not set(e.tokens) & (_NOT_BUSINESS | not_business) and not e.armed]
    return []


def first_in_latest_sentence(pool: list[Entity], here: list[Mention],
                             history: list[tuple[Sentence, list[Mention]]]) -> Entity | None:
    keys = {e.key: e for e in pool}
    for ms in [here] + [ms for _, ms in reversed(history)]:
        found = next((x.entity for x in ms if x.entity in keys and x.via not in ("org-anaphor", "possessor")), None)
        if found is not None:
            return keys[found]
    return None
