"""Accusations distributed over pairs: "X accused A of shelling the port and B of arming the rebels", "blamed A for
the blackout and B for the delays", "charged A with fraud and B with bribery": B is accused too (a second object of
the accusing verb, each with its own charge), not an object of the act charged to A ("shelling ... B")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

# the accusing verbs whose object takes a charge phrase ("accused A of", "blamed A for", "charged A with")
_ACCUSING = re.compile(r"\b(?:accus|blam|charg|suspect|convict|fault|indict)\w*", re.I)
_ARTICLE_GAP = re.compile(r"\s+(?:the\s+)?")
_CHARGE_PREP = r"(?:of|for|with)"
# A's charge phrase up to the "and" that opens the next pair (no clause break: ";", ":" or a speech verb)
_CHARGE_THEN_AND = re.compile(r"\s+" + _CHARGE_PREP + r"\s+(?:(?!\b(?:said|says|told|who|which)\b)[^;:.\"“”])"
                              r"{1,140}?(?:,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?|,\s+)(?:the\s+)?$")
# after B: its own charge phrase ("B of arming", "B for the delays", "B with bribery")
_OWN_CHARGE = re.compile(r"\s+" + _CHARGE_PREP + r"\s+\S")
_AND_BEFORE = re.compile(r"(?:\b(?:and|as\s+well\s+as)\s+(?:also\s+)?|,\s+)(?:the\s+)?$")


def second_accused(ms: list[Mention], text: str, base: int, trigger: str, first: Mention) -> list[Mention]:
    """The further parties an accusing ``trigger`` charges after ``first`` and its charge phrase, each with a charge
    phrase of its own ("accused A of X and B of Y (and C of Z)")."""
    if not _ACCUSING.fullmatch(trigger.split()[0]):
        return []
    out: list[Mention] = []
    prev = first
    for m in ms:
        if m.start <= prev.end or not m.entity:
            continue
        if _CHARGE_THEN_AND.fullmatch(text, prev.end - base, m.start - base) \
                and _OWN_CHARGE.match(text, m.end - base):
            out.append(m)
            prev = m
    return out


def is_accused_conjunct(ms: list[Mention], text: str, base: int, m: Mention) -> bool:
    """Whether ``m`` is such a second accused (after "and", with its own charge phrase, an accusing verb and an earlier
    object with its charge before it): no object of the act charged to the first."""
    low_before = text[max(0, m.start - base - 40) : m.start - base]
    if not _AND_BEFORE.search(low_before) or not _OWN_CHARGE.match(text, m.end - base):
        return False
    for verb in _ACCUSING.finditer(text, max(0, m.start - base - 220), m.start - base):
        first = next((x for x in ms if x.start - base >= verb.end() and x.end <= m.start and x.entity), None)
        if first is not None and _ARTICLE_GAP.fullmatch(text, verb.end(), first.start - base) \
                and any(x is m for x in second_accused(ms, text, base, verb.group(), first)):
            return True
    return False
