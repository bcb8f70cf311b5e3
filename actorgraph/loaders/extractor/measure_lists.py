"""Targets of a measure named in a later sentence.

Wire copy often announces a measure against people or firms it only describes ("imposed sanctions on three
senior figures ...", "on its alleged leader and two companies") and names them in the next sentence:
"The Treasury named X, Y and Z", "Those targeted are X, Y and Z", "Among those designated were X and Y".
Each actor named in such a listing sentence receives the announced measure, from the announcing actor.
A listing closed by a colon ("Those designated include:") names them in the list items after it, one a line; each
item's leading names (before its description) are the ones listed."""

from __future__ import annotations

import copy
import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import SPEAKER, SPEECH_TAGS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

# the listing verb decides the measure; "named", "listed" take the one announced
_VERB_TYPES = (("SANCTIONS", "targeted|sanctioned|blacklisted|penali[sz]ed|hit"),
               ("DESIGNATES", "designated"),
               ("COERCES", "detained|arrested|held|seized|captured|expelled|abducted|kidnapped|jailed"),
               ("INVESTIGATES", "charged|indicted|wanted|summoned|questioned|convicted|sentenced|tried|"
                                 "prosecuted"))
_COMPATIBLE = {"SANCTIONS": ("SANCTIONS", "DESIGNATES"), "DESIGNATES": ("DESIGNATES", "SANCTIONS"),
               "COERCES": ("COERCES",), "INVESTIGATES": ("INVESTIGATES", "COERCES")}
_MEASURES = tuple(_COMPATIBLE)
_VERB_WORDS = {kind: re.compile(rf"\b(?:{verbs})\b", re.I) for kind, verbs in _VERB_TYPES}
_VERB = r"(?:" + "|".join(v for _, v in _VERB_TYPES) + r"|named|listed)"
# "Those targeted are ...", "The companies sanctioned include ...", "Among those named were ..."
_PASSIVE_LIST = re.compile(rf"^(?:those|the (?:people|individuals|companies|firms|entities|officials|men|"
                           rf"businesses|others))\s+(?:{_VERB}\s+)?(?:by \w+\s+)?(?:are|were|include|included)\b"
                           rf"|^among (?:those|them|the (?:people|individuals|companies|firms|entities|others))"
                           rf"(?:\s+{_VERB})?\s+(?:is|are|was|were)\b", re.I)
# "<subject> (on Monday) named ...": the listing verb right after the sentence's opening subject
_ACTIVE_LIST = re.compile(r"^(?:\s+on\s+\w+)?\s+(?:also\s+)?(?P<verb>named|listed|identified|targeted)\b")
# "Those sanctioned include:", "the following were designated:", "Among those named in the legal text are:"
_COLON_LIST = re.compile(rf"\b(?:those|the following|the (?:people|individuals|companies|firms|entities|businesses)|"
                         rf"among (?:them|the \w+))\b[^:;]*\b{_VERB}\b[^:;]*:$", re.I)
_HEAD_GAP = re.compile(r"\.?(?:,\s*|\s+and\s+|,\s+and\s+)$")  # between names of one item: "X, Y and Z"
_RELATIVE = re.compile(r",\s+(?:whose|which|who)\b")
_ALIAS = re.compile(r"(?:known|referred to) as\s+[\"“]?$")
# "spokesman for the X", "who runs the Washington-based group X", "described by X as": another's, not listed
_ATTACHED = re.compile(r"\b(?:for|of|at|from|by|runs|heads|leads|founded|chairs|owns)\s+(?:the\s+|an?\s+)?"
                       r"(?:[\w\-’']+\s+){0,3}$")
_TOLD_BY = re.compile(r"\b(?:according to|" + SPEECH_TAGS + r")\b")
# lower-case words (a post) between a body and the titled person it qualifies: "Democratic Party lawmaker X"
_QUALIFIER_GAP = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}")
# a listing of the people a state detained or charged, after an act told without its agent
_STATE_MEASURES = frozenset({"COERCES", "INVESTIGATES"})
_ACCUSED_THEM = re.compile(r"\baccus(?:ing|ed)\s+(?:them|the\s+\w+)\s+of\b|\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?accused\s+of\b", re.I)


def listed_targets(raw: list[RawRelation], sentences: list[Sentence],
                   mentions: dict[int, list[Mention]]) -> list[RawRelation]:
    """New relations giving the measure announced in one of the two sentences before a listing sentence to
    each person, organisation or group the listing names."""
    out: list[RawRelation] = []
    kinds = {m.entity: m.kind for ms in mentions.values() for m in ms if m.entity}
    for idx, sent in enumerate(sentences):
        ms = mentions.get(id(sent), [])
        if ":" in sent.text and _COLON_LIST.search(sent.text):  # (it ends with a colon)
            out.extend(_item_targets(raw, sentences, idx, mentions, kinds))
            continue
        start = _listing_start(sent, ms)
        if start is None:
            continue
        wanted = _listing_type(sent.text[:start])
        measure = _announced_measure(raw, sentences[max(0, idx - 2) : idx], sent, _COMPATIBLE.get(wanted or "", _MEASURES))
        if measure is None and wanted and idx > 0:
            measure = _unlisted_measure(sentences[idx - 1], mentions.get(id(sentences[idx - 1]), []), sent, wanted)
        if measure is None and wanted:
            measure = _counted_measure(raw, sentences[max(0, idx - 6) : max(0, idx - 2)], kinds, _COMPATIBLE[wanted])
        if measure is None and wanted in _STATE_MEASURES:
            measure = _unnamed_agents_measure(raw, sentences[max(0, idx - 2) : idx], sent, _COMPATIBLE[wanted]) \
                or _listing_own_act(sent, start, wanted)
        if measure is None:
            continue
        subject = ms[0] if ms and ms[0].start - sent.start < 5 else None
        if subject is not None and subject.kind == "Country" and subject.entity != measure.source:
            continue  # "The Chinese ministry named ..." after an EU measure: China's own list, not the EU's
        out.extend(listing_relations(measure, wanted, sent, ms, start))
    return out


def listing_relations(measure: RawRelation, wanted: str | None, sent: Sentence, ms: list[Mention],
                      start: int) -> list[RawRelation]:
    """The announced ``measure`` (typed ``wanted`` when the listing's verb names one) given to each person,
    organisation or group the listing ``sent`` names from offset ``start`` on."""
    out: list[RawRelation] = []
    types = [wanted or measure.type]
    if measure.type in ("SANCTIONS", "DESIGNATES") and _ACCUSED_THEM.search(measure.sentence.text):
        types.append("ACCUSES")  # "imposed sanctions on ..., accusing them of ..."
    relative = _RELATIVE.search(sent.text, start)  # "..., whose firm X was also blacklisted": not accused
    told = _TOLD_BY.search(sent.text, start)  # "..., according to her lawyer, X": the list is over
    attached: set[str | None] = set()
    for m in ms:
        at = m.start - sent.start
        if at < start or (told and at > told.start()) or m.kind not in ("Person", "Organization", "Group") \
                or not m.entity or m.possessive or not (m.surface[:1].isupper() or m.kind == "Group") \
                or m.entity == measure.source or _ALIAS.search(sent.text[max(0, at - 14) : at]):
            continue
        if _qualifies_next_person(ms, m, sent.text, sent.start):
            continue  # "Among those arrested was opposition party lawmaker X": X, the party only says whose
        if SPEAKER.match(sent.text[m.end - sent.start : m.end - sent.start + 12]):
            continue  # "..., a cargo operator the Treasury said had flown arms": the one telling, not listed
        if m.entity in attached or _ATTACHED.search(sent.text[max(start, at - 60) : at]):
            attached.add(m.entity)  # and its acronym after it
            continue
        for rel_type in types:
            if rel_type == "ACCUSES" and relative and at > relative.start():
                continue
            out.append(_listed(measure, rel_type, m.entity, sent, sent.text[:start].strip() or measure.trigger_text))
    return out


def _qualifies_next_person(ms: list[Mention], m: Mention, text: str, base: int) -> bool:
    """Whether the organisation ``m`` only qualifies the titled person right after it ("Democratic Party lawmaker X")."""
    if m.kind != "Organization":
        return False
    nxt = next((n for n in ms if n.start >= m.end), None)
    return nxt is not None and nxt.kind == "Person" and nxt.title_i is not None \
        and _QUALIFIER_GAP.fullmatch(text, m.end - base, nxt.start - base) is not None


def _unnamed_agents_measure(raw: list[RawRelation], before: list[Sentence], listing: Sentence,
                            types: tuple[str, ...]) -> RawRelation | None:
    """ "37 protesters were detained." then "Among those arrested was X": the latest detention or charge with no
    agent named in the two sentences before; the listed get it with its agent left to discourse, as the count did
    (the state the story is in, found in discourse.complete_relations)."""
    starts = {s.start for s in before if not s.headline}
    found = [r for r in raw if r.type in types and r.source is None and r.implicit and r.target
             and r.sentence.start in starts and r.sentence.paragraph >= listing.paragraph - 1]
    return found[-1] if found else None


def _listing_own_act(sent: Sentence, start: int, wanted: str) -> RawRelation | None:
    """ "Among those detained are X and Y" with no act before it to take: the listing itself tells that they were
    detained, by an agent left to discourse as for "X was detained" (the state the story is in)."""
    verb = _VERB_WORDS[wanted].search(sent.text, 0, start)
    if verb is None or not sent.text[:5].lower().startswith("among") or verb.group(0).lower() == "held":
        return None  # ("X was held" alone tells no detention either: held talks, held office)
    return RawRelation(None, wanted, None, sent, verb.start(), verb.group(0),
                       status_of(sent.text, verb.start(), verb.start(), wanted), 0.5, implicit=True)


def _listing_start(sent: Sentence, ms: list[Mention]) -> int | None:
    """Where the list of names begins (offset in the sentence), when the sentence is a listing."""
    hit = _PASSIVE_LIST.match(sent.text)
    if hit:
        return hit.end()
    first = ms[0] if ms else None
    if first is None or first.kind not in ("Organization", "Country") or first.start - sent.start > 4:
        return None
    act = _ACTIVE_LIST.match(sent.text[first.end - sent.start :])
    return first.end - sent.start + act.end() if act else None


def _announced_measure(raw: list[RawRelation], before: list[Sentence], listing: Sentence,
                       types: tuple[str, ...]) -> RawRelation | None:
    """The latest explicit measure of one of ``types``, by a known actor, in the sentences just before."""
    starts = {s.start for s in before if not s.headline}
    found = [r for r in raw if r.type in types and r.source and not r.implicit and r.sentence.start in starts
             and r.sentence.paragraph >= listing.paragraph - 1]
    if not found:
        return None
    latest = [r for r in found if r.sentence is found[-1].sentence]
    return min(latest, key=lambda r: r.trigger_start)  # the sentence's main act comes first


def _counted_measure(raw: list[RawRelation], before: list[Sentence], kinds: dict[str, str | None],
                     types: tuple[str, ...]) -> RawRelation | None:
    """ "imposed sanctions on nine people ..." then, a few sentences on, "Among those designated were X and Y":
    a listing whose own verb names the act reaches further back, to the latest such act on people it only
    counted (the ones the listing names)."""
    found = _on_counted(_measures_in(raw, before, types), kinds)
    return found[-1] if found else None


def _measures_in(raw: list[RawRelation], before: list[Sentence], types: tuple[str, ...]) -> list[RawRelation]:
    """The measures of ``types`` with a named agent told in the sentences ``before`` (headlines aside), in order."""
    starts = {s.start for s in before if not s.headline}
    return [r for r in raw if r.type in types and r.source and not r.implicit and r.sentence.start in starts]


def _on_counted(found: list[RawRelation], kinds: dict[str, str | None]) -> list[RawRelation]:
    """Those of ``found`` done to actors only counted ("nine people", "two banks"), not named."""
    return [r for r in found if kinds.get(r.target or "") == "Group"]


def _unlisted_measure(before: Sentence, ms: list[Mention], listing: Sentence, wanted: str) -> RawRelation | None:
    """ "Kazakh security forces detained at least nine organisers ... . Among those held was X": the sentence
    before opens with a state or organisation and does an act of the listing's kind to people it only counts,
    so no relation was found there; its subject did the act to each one named."""
    if before.headline or listing.paragraph - before.paragraph > 1 or not ms:
        return None
    subject = ms[0]
    if subject.kind not in ("Country", "Organization") or not subject.entity or subject.start - before.start > 60:
        return None
    verbs = dict(_VERB_TYPES)[wanted]
    act = re.compile(rf"^\s+(?:on\s+\w+\s+|also\s+|have\s+|has\s+|had\s+)*(?P<verb>{verbs})\b", re.I) \
        .match(before.text[subject.end - before.start :])
    if act is None:
        return None
    return RawRelation(subject.entity, wanted, None, before, subject.end - before.start + act.start("verb"),
                       act.group("verb"), RelationStatus.ASSERTED, 0.6)


def _item_targets(raw: list[RawRelation], sentences: list[Sentence], idx: int, mentions: dict[int, list[Mention]],
                  kinds: dict[str, str | None]) -> list[RawRelation]:
    """The measure announced in the six sentences before a colon listing, to each item's leading names: "Those
    designated include:" then "X, a Baghdad-based lender;" / "Y and Z, both registered in ...;" (one a line). The
    announcement is the latest measure on actors only counted ("two banks"), else the latest of the kind."""
    intro = sentences[idx]
    wanted = _listing_type(intro.text)
    types = _COMPATIBLE.get(wanted or "", _MEASURES)
    found = _measures_in(raw, sentences[max(0, idx - 6) : idx], types)
    counted = _on_counted(found, kinds)
    if not found:
        return []
    measure = (counted or found)[-1]
    items = [s for s in sentences[idx + 1 : idx + 40] if s.paragraph <= intro.paragraph + 1]
    items = items[: next((n + 1 for n, s in enumerate(items) if s.text.rstrip()[-1:] in ".!?"), len(items))]
    out: list[RawRelation] = []
    for item in items:
        first = len(item.text) - len(item.text.lstrip("-*\u2022 "))
        last, heads = first, list[Mention]()
        for m in sorted(mentions.get(id(item), []), key=lambda m: m.start):
            at = m.start - item.start
            gap = item.text[last:at]
            if heads and heads[-1].kind == "Group" and gap.isspace():
                heads.pop()  # "Iraqi firms X and Y": the names, not the count before them
                gap = ""
            if m.kind not in ("Person", "Organization", "Group") or not m.entity or m.possessive:
                if not heads and at - first < 40:
                    continue  # "Almaty-based X": a place before the first name
                break
            if (not heads and ("," in gap or at - first > 40)) or (heads and not _HEAD_GAP.fullmatch(gap)) \
                    or not (m.surface[:1].isupper() or m.kind == "Group"):
                break  # a name in the item's description ("a commander in X"), not one listed
            heads.append(m)
            last = m.end - item.start
        for m in heads:
            if m.entity == measure.source:
                continue
            out.append(_listed(measure, wanted or measure.type, m.entity, item, intro.text.rstrip(":")))
    return out


def _listing_type(text: str) -> str | None:
    """The measure a listing's own verb names ("Those designated ...": DESIGNATES); None for "named", "listed"."""
    return next((t for t, verbs in _VERB_TYPES if re.search(rf"\b(?:{verbs})\b", text, re.I)), None)


def _listed(measure: RawRelation, rel_type: str, target: str | None, sentence: Sentence, trigger: str) -> RawRelation:
    """The announced ``measure`` given to one listed ``target``, told in the listing ``sentence``; it keeps the
    measure's date only."""
    rel = copy.copy(measure)
    rel.props = {k: v for k, v in measure.props.items() if k in ("date", "date_precision")}
    rel.props["target"] = "listed"
    rel.type, rel.target, rel.sentence = rel_type, target, sentence
    rel.trigger_start, rel.trigger_text = 0, trigger
    rel.confidence = round(measure.confidence * 0.8, 3)
    return rel
