"""Family ties stated in apposition or predication: "X is the brother of Y", "X, a trader and the younger
brother of the group's leader, Y", "His wife, Z, said ..." (the person spoken of just before).
("Y's son, X" is read by structural.py.)"""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_KIN = (r"(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|"
        r"granddaughter|grandfather|grandmother|widow|widower|stepson|stepdaughter|stepfather|stepmother|"
        r"half-brother|half-sister|son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|"
        r"mother-in-law|twin brother|twin sister|sibling|fiancée?|partner)")
# after X: ", the younger brother of ", " is the son of ", ", a trader and the nephew of ", ", whose father is "
_KIN_OF = re.compile(
    r"^\s*,?\s*(?:(?:who\s+)?(?:is|was|are|were)\s+)?(?:(?:a|an)\s+[\w\-]+(?:\s+[\w\-]+)?\s+and\s+)?"
    r"(?:the|a|an)\s+(?:(?:younger|elder|older|eldest|youngest|late|estranged|former|only|second|third|"
    r"first|oldest)\s+)?" + _KIN + r"\s+of\s+(?:the\s+)?", re.I)
# between the kin phrase and the relative, a possessive role that names them: "of the group's leader, "
_ROLE_BRIDGE = re.compile(r"^(?:[\w\-]+\s+){0,3}?[\w\-]+['’]s?\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,?\s+$"
                          # or a body's name and the role in it: "of Coastal Front commander X"
                          r"|^(?:[A-Z][\w\-’'.]*\s+){1,6}(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+$")
_PRONOUN_KIN = re.compile(r"(?:^|[,;]\s+|\band\s+)(his|her)\s+(?:(?:younger|elder|older|eldest|youngest|late|"
                          r"estranged|only)\s+)?" + _KIN + r"\s*,\s+$", re.I)
_HIS_HER = re.compile(r"\b(?:his|her)\b", re.I)
_HIS_HER_WORDS = frozenset({"his", "her"})
_NEGATED = re.compile(r"\b(?:not|never|n't)\b", re.I)


def _surname(key: str) -> str:
    return key.rsplit(" ", 1)[-1] if " " in key else ""


def _surnames(key: str) -> list[str]:
    """Every name after the given name: "Lucía Moreno Ibarra" has two surnames (father's, then mother's)."""
    return key.split(":", 1)[-1].split()[1:]


def kin_relations(sent: Sentence, ms: list[Mention], earlier_people: list[str]) -> list[RawRelation]:
    """``earlier_people``: entity keys of the people named in the sentences before, most recent last."""
    text, base, out = sent.text, sent.start, []
    ms = resolved_in_order(ms)
    has_pronoun = has_word(sent, _HIS_HER_WORDS) and _HIS_HER.search(text) is not None
    for idx, m in enumerate(ms):
        if m.kind != "Person":
            continue
        kin = _KIN_OF.match(text[m.end - base : m.end - base + 120])
        if kin and not _NEGATED.search(kin.group(0)):
            after = m.end - base + kin.end()
            for nxt in ms[idx + 1 :]:
                gap = text[after : nxt.start - base]
                if nxt.kind == "Person" and (not gap.strip() or _ROLE_BRIDGE.match(gap)):
                    out.append(RawRelation(m.entity, "FAMILY_OF", nxt.entity, sent, m.end - base,
                                           kin.group(0).strip(" ,"), RelationStatus.ASSERTED, 0.75))
                    break
                if nxt.start - base - after > 60:
                    break
        if not has_pronoun:
            continue
        before = text[max(0, m.start - base - 60) : m.start - base]
        pk = _PRONOUN_KIN.search(before)
        if pk:
            relative = _antecedent(m, [x.entity for x in ms[:idx] if x.kind == "Person"], earlier_people)
            if relative:
                out.append(RawRelation(m.entity, "FAMILY_OF", relative, sent, pk.start(1),
                                       pk.group(0).strip(" ,;"), RelationStatus.ASSERTED, 0.7))
    return out


def _antecedent(m: Mention, here: list[str | None], earlier: list[str]) -> str | None:
    """Whose relative "his wife, X" is: a person named before who shares X's surname, else the one person
    the sentence (or, failing that, the text just before) has named."""
    own = _surname(m.entity or "")
    pool = [p for p in here if p and p != m.entity] + [p for p in reversed(earlier[-4:]) if p != m.entity]
    same = next((p for p in pool if own and (_surname(p) == own or own in _surnames(p))), None)
    if same:
        return same
    named_here = [p for p in here if p and p != m.entity]
    if named_here:
        return named_here[-1] if len(set(named_here)) == 1 else None
    last = [p for p in earlier[-1:] if p != m.entity]
    return last[0] if last else None
