"""Whom a denial answers when no accusation, measure or claim before it is found: the latest party to have
arrested, charged, sanctioned, listed, attacked or accused the denier or its side ("Kenyan police arrested X ...
X denied any wrongdoing" -> Kenya; "The Commission opened proceedings against Hungary ... its prime minister
denied that the law targeted journalists" -> the Commission). An act on someone else is not answered."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.charge_patterns import UNNAMED_CLAIMANT
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


# "(calling) the allegation", "(branded) them": the claim itself, just denied
_THE_CLAIM = re.compile(r"\s+(?:(?:the|these|those|this|that|such)\s+(?:[\w\-]+\s+)?(?:allegations?|accusations?|claims?|"
                        r"charges?|reports?|story|stories)|it|them)\b", re.I)
# a denial of claims whose maker is left unnamed ("denied claims by the opposition that ...")
_UNNAMED_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w+)" + UNNAMED_CLAIMANT.pattern, re.I)


def repeated_denial(r: RawRelation, earlier: list[RawRelation]) -> list[str] | None:
    """A second word of denial in the sentence ("X denied claims by Y that ..., calling the allegation 'pure
    fabrication'") answers the claim the first one did: Y, and no one when the first left the claimant unnamed
    ("claims by the opposition"). Calling the claim names no new accusation. ``None``: no denial before it."""
    if not r.source or r.type not in ("DENIES", "ACCUSES") or r.type == "ACCUSES" and not _THE_CLAIM.match(
            r.sentence.text, r.trigger_start + len(r.trigger_text)):
        return None  # ("... and called the expulsion an overreaction": an accusation of whoever expelled)
    first = next((e for e in reversed(earlier) if e.sentence is r.sentence and e.type == "DENIES"
                  and e.source == r.source and e.target and e.trigger_start < r.trigger_start), None)
    if first is not None:
        return [t for t in (first.target,) if t and r.type == "DENIES"]
    return [] if _UNNAMED_DENIAL.search(r.sentence.text, 0, r.trigger_start) else None
