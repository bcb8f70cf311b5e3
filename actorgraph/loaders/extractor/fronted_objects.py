"""Objects named before their verb: the antecedent of a relative pronoun ("X, which Y lists as a terrorist group")
and the author of an act summed up by a noun ("X offered an inquiry, an offer Y dismissed")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated, subject_of
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import REL_OBJECT, REL_OBJECT_BOUND

_ONE_PREDICATE = re.compile(r"[\w\-]+\s+(?:as\s+)?an?\s+(?:[\w\-]+\s+){0,3}?(?:organi[sz]ation|group|entity|"
                            r"movement|militia|network|company|firm|bank|party)\b(?!\s+(?:each|both))")


def relative_object(ms: list[Mention], left: list[int], text: str, base: int,
                     s: int) -> tuple[list[Mention], list[Mention]] | None:
    """ "Liwa al-Fajr, which it still lists as a terrorist group" / "X, whom Ankara accuses of ...": the
    antecedent is the object; the agent is the clause's own subject, or the main clause's for "it"/"they"."""
    rel = REL_OBJECT.search(text[max(0, s - 80) : s])
    if rel is None:
        bound = [k for k in left if ms[k].kind in ("Group", "Organization")]
        rel = REL_OBJECT_BOUND.match(text, ms[bound[-1]].end - base, s) if bound else None
        if rel is None:
            return None
        at = rel.start()
    else:
        at = max(0, s - 80) + rel.start()
    before = [k for k in left if ms[k].end - base <= at]
    if not before or not re.fullmatch(r"\s*", text[ms[before[-1]].end - base : at]):
        return None
    inside = [k for k in left if at < ms[k].start - base]
    objects = coordinated(ms, before[-1], text, base, -1)  # "named A, B and C, which it accused of ...": all
    if len(objects) > 1 and _ONE_PREDICATE.match(text, s):
        objects = [ms[before[-1]]]  # "for A and for B, which Chile designated a terrorist group": B, one group
    if rel.group("pron"):
        first = ms[before[0]]  # "it": the subject the sentence opens with, if it opens with a name
        opens = first not in objects and re.fullmatch(r"(?:(?:[A-Z][\w.’'\-]*|the|a|an)\s+)*", text[: first.start - base])
        agent = [first] if opens else []
    else:
        together = inside and coordinated(ms, inside[-1], text, base, -1) == [ms[k] for k in reversed(inside)]
        agent = [ms[k] for k in inside] if len(inside) == 1 or together else []  # "which A and B designated"
    return (agent, objects) if agent else None


# an offering or asking verb: the act an offer or a request named later sums up
ASKING = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
                    r"request(?:s|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing))\b")
_ASKED = ("offer", "proposal", "request", "demand", "call", "invitation", "ultimatum")


def asking_subject(ms: list[Mention], text: str, base: int, before: int) -> Mention | None:
    """The subject of the last offering or asking verb before ``before``: who made the offer or request a noun
    there sums up ("Washington asked the Council to meet, a request ..." -> Washington, not the Council)."""
    asking = list(ASKING.finditer(text.lower(), 0, before))
    return main_subject(ms, text, base, asking[-1].start()) if asking else None


# "X offered a neutral inquiry, an offer New Delhi dismissed": the act summed up by a noun, then its answerer
_SUMMED_UP = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?P<noun>offer|proposal|plan|request|demand|call|idea|suggestion|"
                        r"invitation|initiative|move|decision|step|ultimatum)s?\s+(?:that\s+|which\s+)?(?:the\s+)?"
                        r"(?P<agent>[A-Z][\w.\-’' ]{1,40}?)\s+(?:(?:has|have|had|quickly|swiftly|flatly|promptly|"
                        r"later|also|immediately|firmly)\s+)*$")


def summed_up_act(ms: list[Mention], left: list[int], text: str, base: int, s: int,
                  prev_subject: list[Mention] | None = None) -> tuple[list[Mention], list[Mention]] | None:
    """ "Pakistan has offered an inquiry, an offer New Delhi dismissed": New Delhi answers Pakistan, the subject of
    the clause the noun sums up (of its offering or asking verb for an offer or a request; else of the verb before,
    ``prev_subject``: "Peru expelled Chilean migrants, a move Chile protested" -> Peru, not the migrants)."""
    summed = _SUMMED_UP.search(text, max(0, s - 90), s)
    if summed is None:
        return None
    inside = [k for k in left if summed.start("agent") <= ms[k].start - base]
    before = [k for k in left if ms[k].end - base <= summed.start()]
    asker = asking_subject(ms, text, base, summed.start()) if summed.group("noun") in _ASKED else None
    if asker is None and prev_subject and all(m.end - base <= summed.start() for m in prev_subject):
        subjects = prev_subject
    else:
        subj = ms.index(asker) if asker in [ms[k] for k in before] else subject_of(ms, before, text, base, summed.start())
        subjects = coordinated(ms, subj, text, base, -1) if subj is not None else []
    if len(inside) != 1 or not subjects:
        return None
    return [ms[inside[0]]], subjects
