"""Accusations whose verb serves more than one charge, or whose object is a body's people.

- Gapped: "X accused A of shelling a school and B of arming the rebels", "blamed A for the blast and B for the
  cover-up" -> X ACCUSES B as well; B is no object of the first charge's verb ("shelling ... and B" is no attack on B).
- After an apposition: "accused A, a union leader, and B of ..." -> X ACCUSES B as well.
- People of a body: "accused agents of the border police of beating detainees", "blamed members of A for the
  attack" -> X ACCUSES the body they serve.
"""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import LEAD, MEMBER, POST
from actorgraph.loaders.extractor.text import Sentence

_ACTORS = ("Person", "Organization", "Country", "Group")
_CHARGING_VERB = re.compile(r"^(?:accus|blam|charg)", re.I)
# the preposition of the charge after the accused: "of" (accuse, charge), "for" (blame)
_CHARGE_AFTER = re.compile(r"\s+(?P<prep>of|for)\s+[\w\"“]")
# "and B of ...", ", B of ...", "and also B of ...", "as well as B for ..." (the next conjunct of a gapped charge)
_CONJUNCT_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+(?:also\s+)?|\s+as\s+well\s+as\s+)(?:the\s+)?$")
_NO_NEW_CLAUSE = re.compile(r"[;:]|\b(?:said|says|told|added|which|who|whom|while|but|after|before|when|because)\b")


def _actors_in_order(ms: list[Mention]) -> list[Mention]:
    return sorted((m for m in ms if m.entity and m.kind in _ACTORS), key=lambda m: m.start)


def _first_accused(found: list[RawRelation], ms: list[Mention], base: int) -> list[tuple[RawRelation, Mention]]:
    """Each charge ("accused A of ...") with the first mention of its accused after the charging verb."""
    out: list[tuple[RawRelation, Mention]] = []
    for r in found:
        if r.type != "ACCUSES" or not r.source or not r.target or not _CHARGING_VERB.match(r.trigger_text):
            continue
        first = next((m for m in ms if m.entity == r.target and m.start - base > r.trigger_start), None)
        if first is not None:
            out.append((r, first))
    return out


def _shared_charge(r: RawRelation, accused: str | None, sent: Sentence) -> RawRelation:
    """The charge ``r`` laid on a further accused (its accuser, trigger and status; a little less confident)."""
    rel = RawRelation(r.source, "ACCUSES", accused, sent, r.trigger_start, r.trigger_text, r.status,
                      round(r.confidence * 0.9, 3), props=dict(r.props))
    rel.props["gapped"] = "true"
    return rel


def gapped_accusations(sent: Sentence, ms: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """Charges of later conjuncts ("... and B of ..."), with the first charge's accuser; and, as the second item, the
    relations the first charge's verb took with a later conjunct for its object dropped. Returns the new ones."""
    text, base = sent.text, sent.start
    if " of " not in text and " for " not in text:
        return []
    ms = _actors_in_order(ms)
    out: list[RawRelation] = []
    for r, first in _first_accused(found, ms, base):
        charge = _CHARGE_AFTER.match(text, first.end - base)
        if charge is None:
            continue
        for later in (m for m in ms if m.start > first.end):
            at = later.start - base
            between = text[charge.end() : at]
            if _NO_NEW_CLAUSE.search(between) or len(between) > 160:
                break
            if not _CONJUNCT_BEFORE.search(text, charge.end(), at) or later.possessive \
                    or not text.startswith(f" {charge.group('prep')} ", later.end - base) \
                    or later.entity in (r.source, r.target):
                continue
            out.append(_shared_charge(r, later.entity, sent))
    return out


# words before a role noun ("regional leader B", "opposition party member B"); no verb ("and met regional leader B")
_ROLE_MODIFIERS = (r"(?:(?:former|opposition|senior|deputy|regional|local|provincial|national|party|union|student|"
                   r"rebel|army|militia|community|tribal|religious|business|exiled|jailed|self-styled)\s+){0,2}")
# "accused A, a union leader, and B of ...": an apposition on the first accused, then the next conjunct (round 29)
_APPOSED_THEN_AND = re.compile(r",\s+(?!(?:and|or|but|who|which|whose|whom|where|when|saying|said)\b)"
                               r"[^,;:\"“”]{1,100}?,\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?"
                               r"(?:" + _ROLE_MODIFIERS + r"(?:" + LEAD + "|" + POST + "|" + MEMBER + r")\s+)?$")


def apposed_conjunct_accusations(sent: Sentence, ms: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """ "Prosecutors accuse A, vice-president of the union, and regional leader B of organising an attack": B shares
    the charge of A (whose apposition stands between them) -> the accuser ACCUSES B as well."""
    text, base = sent.text, sent.start
    if ", and " not in text and ", as well as " not in text:
        return []
    ms = _actors_in_order(ms)
    out: list[RawRelation] = []
    for r, first in _first_accused(found, ms, base):
        if text[first.end - base : first.end - base + 1] != "," or first.possessive:
            continue
        for later in (m for m in ms if m.start > first.end):
            at = later.start - base
            if at - (first.end - base) > 140:
                break
            between = text[first.end - base : at]
            if not _APPOSED_THEN_AND.fullmatch(between) or _NO_NEW_CLAUSE.search(between):
                continue
            if later.possessive or later.entity in (r.source, r.target) \
                    or not _CHARGE_AFTER.match(text, later.end - base):
                break
            out.append(_shared_charge(r, later.entity, sent))
            break
    return out


def without_gapped_objects(found: list[RawRelation], gapped: list[RawRelation], ms: list[Mention]) -> list[RawRelation]:
    """``found`` less the relations whose target is a gapped accused taken as the object of a verb of the charge
    before it ("of shelling a school and B": no attack on B)."""
    if not gapped:
        return found
    sent = gapped[0].sentence
    base = sent.start
    starts = {g.target: min((m.start - base for m in ms if m.entity == g.target), default=-1) for g in gapped}
    return [r for r in found if not (r.type != "ACCUSES" and r.sentence is sent and r.target in starts
                                     and any(g.trigger_start < r.trigger_start < starts[r.target] for g in gapped
                                             if g.target == r.target))]


# "accused agents of the border police of ...", "blamed members of A for ...": the people of a body charged
_PEOPLE_OF = re.compile(r"\b(?P<verb>accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:(?:some|several|senior|rogue|"
                        r"unnamed|two|three|four|five|six|\d+)\s+)?(?:agents|members|officers|officials|soldiers|troops|"
                        r"personnel|operatives|staff|employees|fighters|units|elements|commanders|leaders|supporters|"
                        r"militants|guards|police\s+officers)\s+of\s+(?:the\s+)?$", re.I)
_DOUBTED = re.compile(r"\b(?:not|never|no)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def accused_bodies(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """The body whose people an accusation charges, as accused by the verb's subject."""
    text, base = sent.text, sent.start
    if "accus" not in text and "blam" not in text:
        return []
    ms = resolved_in_order(ms)
    out: list[RawRelation] = []
    for body in ms:
        at = body.start - base
        hit = _PEOPLE_OF.search(text, max(0, at - 90), at)
        prep = "of" if hit and hit.group("verb").lower().startswith("accus") else "for"
        if hit is None or body.kind not in _ACTORS[:3] or not text.startswith(f" {prep} ", body.end - base) \
                or _DOUBTED.search(text, max(0, hit.start() - 30), hit.start()):
            continue
        speaker = main_subject(ms, text, base, hit.start())
        if speaker is None or speaker.kind not in _ACTORS[:3] or speaker.entity == body.entity:
            continue
        out.append(RawRelation(speaker.entity, "ACCUSES", body.entity, sent, hit.start(), hit.group("verb"),
                               RelationStatus.ASSERTED, 0.6))
    return out
