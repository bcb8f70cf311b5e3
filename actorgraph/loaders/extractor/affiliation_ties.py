"""Ties between companies and other organisations told by a corporate noun: "X, a subsidiary of state-owned
Y", "Y, the mining group whose subsidiary X ...", "X, the student wing of Y", "X, Y's Sahel affiliate", "Y and its partner X", "... with its Indonesian partner, X".
A subsidiary is ASSOCIATED_WITH its parent; a body with the partner it names as its own. And the people who hold a
company: "X, a firm that prosecutors say Y controlled", "X, which Y owns", "X, owned by his brother-in-law, Y",
"X, registered in the name of his wife, Y". A tie denied ("X denied having any links to Y") or charged ("accusing
them of working for Y") is one too, denied or alleged."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, titled_start
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_part, has_word

_PART = r"(?:subsidiary|unit|affiliate|division|arm|offshoot|wing|branch)"
_PARTNER = r"(?:(?:business|joint[ -]venture|junior|local|strategic|minority|majority)\s+)?partners?"
_WORDS = r"(?:(?!(?:and|or|but|of|for|in|on|to|by|with|who|which|that)\s)[a-z][\w\-]*\s+)"
# between the two: "X, a subsidiary of state-owned Y" (X the part, Y the whole)
_PART_OF = re.compile(rf"\s*,\s+(?:an?|the|its)\s+{_WORDS}{{0,2}}{_PART}\s+(?:of|to)\s+(?:the\s+)?{_WORDS}{{0,2}}", re.I)
# "X, Y's Sahel affiliate", "X (PTI), Y's student wing": the gap before Y (an apposition), then Y's part noun
_APPOSED = re.compile(r"\)?\s*(?:\([^)]{1,12}\)\s*)?,\s+(?:the\s+|al[\s\-])?")
_OWN_PART = re.compile(rf"['’]s?\s+{_WORDS}{{0,2}}{_PART}\b", re.I)
# "Y, the French mining group whose subsidiary X" (X the part, Y the whole)
_WHOSE_PART = re.compile(rf"\s*(?:\([^)]{{1,12}}\)\s*)?,\s+(?:[\w\-'’]+\s+){{0,6}}?whose\s+{_WORDS}{{0,2}}?"
                         rf"(?:{_PART}|subsidiaries)\s*,?\s+(?:the\s+)?", re.I)
# "Y and its partner X" / "... with its Indonesian partner, X" (Y the body named before "its")
_ITS_PARTNER = re.compile(rf"\b(?:and|with|alongside)\s+its\s+(?:[A-Z][\w\-]*\s+|{_WORDS}){{0,2}}?{_PARTNER}\s*,?\s+"
                          r"(?:the\s+)?$", re.I)
_ITS, _PARTNER_WORDS = frozenset({"its"}), frozenset({"partner", "partners"})  # words _ITS_PARTNER needs
_BODIES = ("Organization",)
_OPEN_PAREN_GAP = re.compile(r"\s*\(")  # "X (JNIM), Y's affiliate"
_SPEAKER = r"(?:says?|said|alleges?|alleged|believes?|believed|claims?|claimed|suspects?|suspected)"
# between the company and its holder: "X, a company registered abroad that prosecutors say" / "X, which"
_HELD_BY_CLAUSE = re.compile(rf"\s*(?:\([^)]{{1,12}}\)\s*)?,\s+(?:(?:an?|the)\s+[^,;.]{{0,80}}?\s+)?(?:that|which)\s+"
                             rf"(?:(?P<speaker>[^,;.]{{0,40}}?\s+{_SPEAKER})\s+)?$", re.I)
_HOLDS_AFTER = re.compile(r"\s+(?:allegedly\s+|secretly\s+|still\s+|effectively\s+|ultimately\s+|now\s+)?"
                          r"(?:controls|controlled|owns|owned|runs|ran|manages|managed|operates|operated)\b", re.I)
# right before the holder: "owned by his brother-in-law, Y", "registered in the name of his wife, Y"
_HELD_BY_KIN = re.compile(r"\b(?:(?:owned|controlled|run|held)\s+by|registered\s+(?:in|under)\s+the\s+names?\s+of)\s+"
                          r"(?:his|her|their)\s+(?:[a-z]+\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|"
                          r"nephew|niece|cousin|uncle|aunt|son-in-law|brother-in-law|daughter-in-law|sister-in-law|"
                          r"father-in-law|associate|business partner|partner|friend)\s*,\s+$", re.I)


def corporate_ties(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base, out = sent.text, sent.start, []

    def emit(part: Mention, whole: Mention, trigger: str) -> None:
        if part.entity and whole.entity and part.entity != whole.entity:
            out.append(RawRelation(part.entity, "ASSOCIATED_WITH", whole.entity, sent, 0, trigger.strip(" ,"),
                                   RelationStatus.ASSERTED, 0.65))

    partners = has_word(sent, _ITS) and has_word(sent, _PARTNER_WORDS)
    for k, b in enumerate(ms):
        if b.kind not in _BODIES:
            continue
        a = ms[k - 1] if k > 0 else None
        gap = text[a.end - base : b.start - base] if a is not None and a.kind in _BODIES else ""
        if a is not None and (hit := _PART_OF.fullmatch(gap)):
            emit(a, b, hit.group(0))
        elif a is not None and (hit := _WHOSE_PART.fullmatch(gap)):
            emit(b, a, hit.group(0))
        elif a is not None and b.possessive and _APPOSED.fullmatch(gap) \
                and (hit := _OWN_PART.match(text, b.end - base)):
            named = ms[k - 2] if k > 1 and _OPEN_PAREN_GAP.fullmatch(text[ms[k - 2].end - base : a.start - base]) else None
            emit(named if named is not None and named.kind in _BODIES else a, b, hit.group(0))  # "X (JNIM), ...": X
        partner = _ITS_PARTNER.search(text, max(0, b.start - base - 60), b.start - base) if partners else None
        if partner:  # the body "its" stands for: the nearest named before it
            owner = next((p for p in reversed(ms[:k]) if p.kind in _BODIES and p.end - base <= partner.start()), None)
            if owner is not None:
                emit(owner, b, partner.group(0))
    out += _company_holders(sent, ms)
    out += _ties_denied_or_charged(sent, ms)
    return out


_TIE_NOUN = r"(?:links?|ties|connections?|contacts?|affiliation)\s+(?:to|with)|(?:working|spying)\s+for"
# "X denied having any links to Y" / "X has denied any link to the firm, Y" / "X denies working for Y"
_DENIED_TIE = re.compile(rf"\s+(?:(?:has|have|had|also|repeatedly|strongly|flatly|again)\s+)*(?:denied|denies|deny)\s+"
                         rf"(?:(?:having|any|all|ever)\s+)*(?:[a-z]+\s+)?(?:{_TIE_NOUN})\s+", re.I)
# "accusing them of working for Y" (links: see the trigger data)
_CHARGED_TIE = re.compile(r"\s+of\s+(?:having\s+|secretly\s+)*(?:working|spying)\s+for\s+", re.I)
_ACCUSED_BEFORE = re.compile(r"\b(?:accus\w*|charg\w*|suspect\w*)\s+$", re.I)
# a part of every _DENIED_TIE match (its tie noun) and of every _CHARGED_TIE match
_TIE_PARTS = ("link", "ties", "connection", "contact", "affiliation", "working", "spying")
_TIED_KINDS = ("Person", "Organization", "Group", "Country")
_TIED_NOUN_GAP = re.compile(r"(?:the\s+)?(?:[a-z]+\s*,\s+)?")  # "any link to (the company, )Y"
_COMMA_GAP = re.compile(r"\s*,\s+")
_POSSESSED_GAP = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,2}")  # "for X's (armed) Y"
_SAME_CLAUSE = re.compile(r"[^;.]{0,80}")


def _ties_denied_or_charged(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """A tie its holder denies (DENIED) or is accused of (ALLEGED): X ASSOCIATED_WITH Y."""
    text, base, out = sent.text, sent.start, []
    if not has_part(text, _TIE_PARTS):
        return []  # (a tie is found by _DENIED_TIE or _CHARGED_TIE only)
    for k, x in enumerate(ms[:-1]):
        if (x.kind or (x.entity or "").partition(":")[0]) not in _TIED_KINDS or not x.entity:
            continue
        hit = _DENIED_TIE.match(text, x.end - base)
        status = RelationStatus.DENIED
        if hit is None and _ACCUSED_BEFORE.search(text, 0, x.start - base):
            hit, status = _CHARGED_TIE.match(text, x.end - base), RelationStatus.ALLEGED
        if hit is None:
            continue
        y = next((m for m in ms[k + 1 :] if m.start - base >= hit.end()), None)
        if y is None or not _TIED_NOUN_GAP.fullmatch(text[hit.end() : y.start - base]):
            continue  # ("any link to the company, Y")
        named = ms[ms.index(y) + 1] if ms.index(y) + 1 < len(ms) else None
        if named is not None and named.kind == "Organization" and (
                y.via == "org-anaphor" and _COMMA_GAP.fullmatch(text[y.end - base : named.start - base])
                or y.possessive and _POSSESSED_GAP.fullmatch(text[y.end - base : named.start - base])):
            y = named  # "any link to the firm, Y": the firm named in apposition; "for X's Y": Y
        if y.entity and y.entity != x.entity and (y.kind or (y.entity or "").partition(":")[0]) in _TIED_KINDS:
            out.append(RawRelation(x.entity, "ASSOCIATED_WITH", y.entity, sent, hit.start(), hit.group(0).strip(),
                                   status, 0.6))
    return out


def _company_holders(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """A person said to hold a company in a clause about it is ASSOCIATED_WITH it (alleged when the clause
    reports someone's claim)."""
    text, base, out = sent.text, sent.start, []
    for k, p in enumerate(ms):
        if (p.kind or (p.entity or "").partition(":")[0]) != "Person" or not p.entity:
            continue
        start = titled_start(sent, p) - base
        companies = [c for c in ms[:k] if c.kind in _BODIES and c.entity]
        holder, hedged = None, False
        if companies and _HOLDS_AFTER.match(text, p.end - base):
            for c in reversed(companies[-3:]):
                clause = _HELD_BY_CLAUSE.fullmatch(text, c.end - base, start)
                if clause:
                    holder, hedged = c, clause.group("speaker") is not None
                    break
        elif companies and (kin := _HELD_BY_KIN.search(text, max(0, start - 90), start)):
            c = companies[-1]
            if c.end - base <= kin.start() and _SAME_CLAUSE.fullmatch(text[c.end - base : kin.start()]):
                holder = c
        if holder is not None and holder.entity != p.entity:
            out.append(RawRelation(p.entity, "ASSOCIATED_WITH", holder.entity, sent, 0, "holds",
                                   RelationStatus.ALLEGED if hedged else RelationStatus.ASSERTED, 0.65))
    return out
