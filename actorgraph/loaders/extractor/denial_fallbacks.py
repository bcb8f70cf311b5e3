"""Whom a denial answers when no accusation, measure or claim before it is found: the latest party to have
arrested, charged, sanctioned, listed, attacked or accused the denier or its side ("Kenyan police arrested X ...
X denied any wrongdoing" -> Kenya; "The Commission opened proceedings against Hungary ... its prime minister
denied that the law targeted journalists" -> the Commission). An act on someone else is not answered."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.relations import RawRelation

# acts that impute something to their target, which a denial then answers
_IMPUTING = ("ACCUSES", "COERCES", "INVESTIGATES", "SANCTIONS", "DESIGNATES", "ATTACKS")
_REACH = 6  # sentences back
# "denied any wrongdoing", "denied that it paid ...", "denied having ordered ...": the denier's own conduct; a bare act
# ("denied the killings") answers only an accusation of it
_OWN_CONDUCT = re.compile(r"\s+(?:any|all|ever|having|that)\b|\s+[a-z]+ing\b(?<!thing)")


def latest_adversary(r: RawRelation, earlier: list[RawRelation],
                     same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    if r.type != "DENIES" or not r.source:
        return []
    if r.props.get("denies") == "act" and not _OWN_CONDUCT.match(r.sentence.text, r.trigger_start + len(r.trigger_text)):
        return []
    for e in reversed(earlier):
        if r.sentence.index - e.sentence.index > _REACH:
            break
        if e.type in _IMPUTING and e.source and e.target and not e.implicit and not same_side(e.source, r.source) \
                and same_side(e.target, r.source):
            return [e.source]
    return []
