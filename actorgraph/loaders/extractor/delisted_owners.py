"""A removal from a sanctions list told of the one removed, round 23: "Y's removal from the U.S. sanctions list",
"Y welcomed its removal from the blacklist of X", "Y was removed from the EU's terrorism blacklist" -> X (the
list's owner: a name in or after the list phrase, else left implicit for discourse) EASES_SANCTIONS Y. The
trigger nouns ("removal of Y from ...") read the owner as the agent, so these are read here. Not a removal from
office or from a post, nor one only called for ("demanded its removal from the list")."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence, has_word

_LIST_WORDS = frozenset({"blacklist", "blacklists", "list", "lists", "register", "registers"})
_LIST = (r"(?:sanctions?\s+(?:lists?|blacklists?|registers?)|blacklists?|(?:visa|travel|entry)[- ]ban\s+lists?|"
         r"list\s+of\s+(?:state\s+sponsors\s+of\s+terrorism|(?:[\w\-]+\s+){0,2}?(?:terrorist\s+organi[sz]ations|"
         r"sanctioned\s+\w+|foreign\s+terrorist\s+\w+)))")
# right after the one removed: "'s removal from", "was removed from", "was taken off"
_REMOVED = re.compile(r"(?:['’]s?\s+(?:removal|delisting|de-listing)|\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|"
                      r"is\s+being|would\s+be|will\s+be|could\s+be|to\s+be)\s+(?:\w+ly\s+)?(?:removed|delisted|taken\s+off)))"
                      r"\s+(?:from\s+)?(?:its|their|the|a|an|[\w.\-]+['’]s?)\s+(?P<list>(?:[\w\-.’']+\s+){0,3}?" + _LIST + r")\b",
                      re.I)
_ITS_REMOVAL = re.compile(r"\b(?:its|their)\s+(?:removal|delisting|de-listing)\s+from\s+(?:its|their|the|a|an|[\w.\-]+['’]s?)"
                          r"\s+(?P<list>(?:[\w\-.’']+\s+){0,3}?" + _LIST + r")\b", re.I)
_OWNER_AFTER = re.compile(r"\s+(?:of|by|kept\s+by|maintained\s+by)\s+(?:the\s+)?")
# a removal asked for has not happened
_NOT_HAPPENED = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand\w*|urg\w*|s(?:ought|eek\w*)|push\w*\s+for|lobb\w+\s+for|"
                           r"oppos\w+|block\w*|reject\w*)\s+(?:the\s+)?$", re.I)
_LISTED = ("Country", "Organization", "Person", "Group")


def _owner(ms: list[Mention], text: str, base: int, start: int, end: int) -> str | None:
    """The list's owner: a state or body named in the list phrase ("the U.S. sanctions list", "the EU's blacklist"),
    a state's adjective there that made no mention ("the Canadian list of ..."), or a name right after it ("the
    blacklist of the European Union")."""
    inside = [x for x in ms if start <= x.start - base and x.end - base <= end and x.kind in ("Country", "Organization")]
    if inside:
        return inside[0].entity
    after = next((x for x in ms if x.start - base >= end and _OWNER_AFTER.fullmatch(text[end : x.start - base])
                  and x.kind in ("Country", "Organization")), None)
    if after is not None:
        return after.entity
    words = text[start:end].split()
    lex = lexicon()
    for i in range(len(words)):
        form = lex.country_at(words, i)
        if form is not None:
            return f"Country:{normalize_name(form[1].country)}"
    return None


def delisted_owners(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    if not has_word(sent, _LIST_WORDS):
        return []
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    found: list[tuple[Mention, re.Match[str]]] = []
    for m in ms:
        hit = _REMOVED.match(text, m.end - base)
        if hit is not None and m.kind in _LISTED:
            found.append((m, hit))
    for hit in _ITS_REMOVAL.finditer(text):
        left = [k for k, x in enumerate(ms) if x.end - base <= hit.start()]
        k = subject_of(ms, left, text, base, hit.start()) if left else None
        if k is not None and ms[k].kind in _LISTED:
            found.append((ms[k], hit))
    out: list[RawRelation] = []
    for m, hit in found:
        at = hit.start()
        if _NOT_HAPPENED.search(text, max(0, min(at, m.start - base) - 30), min(at, m.start - base)) \
                or _NOT_HAPPENED.search(text, max(0, at - 30), at):
            continue
        owner = _owner(ms, text, base, hit.start("list"), hit.end())
        if owner is not None and owner == m.entity:
            continue
        out.append(RawRelation(owner, "EASES_SANCTIONS", m.entity, sent, at,
                               text[at : hit.start("list")].strip(), status_of(text, min(m.start - base, at), at,
                                                                                 "EASES_SANCTIONS"),
                               0.6, implicit=owner is None))
    return out
