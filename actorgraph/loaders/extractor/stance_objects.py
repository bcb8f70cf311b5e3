"""Stances on an act told as a noun with its patient after it: "Peru condemned the sanctions on X" is aimed at
whoever imposed them (found in discourse), not at X, and Peru is never their implicit imposer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.patterns import EVENT_NOUNS, EVENT_REF

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.mentions import Mention
    from actorgraph.loaders.extractor.relations import RawRelation


# the stances whose object may be an act told as a noun with its patient after it: "condemned the sanctions on X",
#   "welcomed the strikes against Y" (X, Y underwent the act; the stance is on whoever did it)
STANCES_ON_ACTS = frozenset({"ACCUSES", "SUPPORTS", "PROTESTS", "REJECTS"})
# a measure named with no article ("opposes sanctions on X", "rejected any new sanctions", "firmly opposes illegal
#   unilateral sanctions"): the same act as "the sanctions" (the words before the noun are its modifiers, not "calls
#   for" or "pressure from", whose author is another party)
_BARE_KINDS = ("SANCTIONS", "DESIGNATES")
_BARE_REF = re.compile(r"^[\"”’']?\s+[\"“‘']?(?:(?:any|all|such|new|further|fresh|additional|more)\s+)?"
                       r"(?:(?!(?:for|of|to|on|against|and|or|by|from|with|calls?|demands?|threats?|plans?|proposals?|"
                       r"pressure|push|bids?|efforts?|talk|talks|lifting|easing|relief)\b)[\w\-.]+\s+){0,2}?(?P<noun>"
                       + "|".join(f"(?P<{k}>{EVENT_NOUNS[k] if k in _BARE_KINDS else '(?!)'})" for k in EVENT_NOUNS)
                       + r")\b", re.I)


def act_ref(text: str, e: int, rtype: str, targeted: bool) -> re.Match[str] | None:
    """The act told as a noun right after a stance verb ending at ``e``: "the sanctions", "this move"; for a
    refusal or protest also a measure with no article ("opposes sanctions on X"), and for any stance on acts when
    the measure's patient follows (``targeted``: "supports sanctions on X" is no support of X)."""
    if ev := EVENT_REF.match(text[e:]):
        return ev
    if rtype in ("REJECTS", "PROTESTS") or targeted and rtype in STANCES_ON_ACTS:
        return _BARE_REF.match(text[e:])
    return None
_PATIENT_PREP = re.compile(r"\s+(?:(?:imposed|placed|levied|carried\s+out|launched)\s+)?(?:on|against|targeting)\s+")


def act_patients(text: str, e: int, noun_end: int, first_target: int) -> bool:
    """Whether the object found after a stance verb (ending at ``e``) is the patient of the act its object noun
    names (ending at ``e + noun_end``): "condemned the sanctions on X" criticises who imposed them, not X."""
    gap = text[e + noun_end : first_target]
    hit = _PATIENT_PREP.match(gap)
    return hit is not None and len(gap) < 70 and not re.search(r"[,;:()\"“”]", gap)


def critics_of(r: RawRelation, raw: list[RawRelation], ms: list[Mention]) -> set[str]:
    """Who, in ``r``'s sentence, takes a stance on the act ``r`` tells as a noun ("Peru condemned the sanctions on
    X", "Chile welcomed sanctions against Y"): never the act's agent when that is left implicit. ``ms``: the
    sentence's mentions (all those before a stance verb right before the noun)."""
    found = {x.source for x in raw if x.sentence is r.sentence and x.source
             and x.props.get("event_at") == str(r.trigger_start)}
    low = r.sentence.text.lower()
    if (hit := _STANCE_BEFORE.search(low, max(0, r.trigger_start - 40), r.trigger_start)) is not None:
        found |= {m.entity for m in ms if m.entity and m.end - r.sentence.start <= hit.start()}
    return found


# a stance verb right before a trigger word in "-s": "denounced sanctions on X", "welcomed talks with Y" (a verb
#   cannot take a finite verb as its object, so the word is a plural noun)
_STANCE_VERB = (r"(?:condemn|criticis|criticiz|denounc|deplor|oppos|welcom|reject|protest|slamm?|hail|prais|endors|"
                r"support|back|question|challeng|lambast|castigat|rebuk|decr(?:y|i))(?:e|es|ed|s|ing)?")
STANCE_WORD = re.compile(_STANCE_VERB)
_STANCE_BEFORE = re.compile(r"\b" + _STANCE_VERB + r"\s+(?:(?:firmly|strongly|sharply|fiercely|roundly|also)\s+)?$")


def stance_object_noun(low: str, s: int, e: int) -> bool:
    """Whether the trigger word ``low[s:e]`` in "-s" is the plural noun a stance verb takes as its object."""
    word = low[s:e]
    return " " not in word and word.endswith("s") and not word.endswith("ss") \
        and _STANCE_BEFORE.search(low, max(0, s - 40), s) is not None
