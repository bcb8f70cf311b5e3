"""A demand told with "insist": "X insisted (that) Y withdraw its troops" demands of Y, whose verb is a bare base
form (the subjunctive) or follows "should" / "must"; "insisted (that) Y had withdrawn / withdrew / was innocent /
remains a partner" tells a claim about Y and demands nothing of it."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import NOT_MODIFIERS, PAST_VERB

# the word after the subject (past "'s" and one possessed noun, an adverb, "not"): its verb
_VERB_AFTER = re.compile(r"(?:['’]s?\s+[a-z][\w\-]*)?\s+(?:[a-z]+ly\s+)?(?:not\s+|never\s+)?(?P<verb>[a-z]+)\b(?![’'\-])")
# a finite verb, which no subjunctive is: past, third person, auxiliary or modal (not "should", "must": obligations)
_FINITE = re.compile(PAST_VERB.pattern + r"|withdrew|went|came|kept|left|won|lost|began|broke|brought|drew|fled|ran|"
                     r"sought|spoke|stood|told|threw|knew|paid|sold|meant|became|fell|felt|grew|rose|did|am|been|being|"
                     r"could|can|may|might|shall|[a-z]*[^s\W]s")
FINITE_VERB = _FINITE  # (subjunctive_demands.py)


def insisted_targets(text: str, base: int, trig_text: str, targets: list[Mention]) -> list[Mention]:
    """The targets of a demand verb ``trig_text``: after "insist", only a subject whose verb is a subjunctive."""
    if not trig_text.startswith("insist") or not targets:
        return targets
    verb = _VERB_AFTER.match(text, max(t.end for t in targets) - base)
    if verb is None or verb.group("verb") in NOT_MODIFIERS or _FINITE.fullmatch(verb.group("verb")):
        return []
    return targets
