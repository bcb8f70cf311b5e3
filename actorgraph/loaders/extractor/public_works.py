"""A funder of public works in a state aids that state: "China financed the new port in Pakistan", "Japan paid for
a hospital in Bangladesh", "Qatar funded the construction of a stadium in Rwanda", "a bridge in Mauritania paid
for by the Kuwait Fund" -> the funder AIDS the state. The works sit in the state (after "in", or as its possession:
"financed Pakistan's new port"), so the money goes to it; the trigger rules see no actor as the verb's object
(a port is none) and read nothing. Only done works or works being done: an offer to finance is the offer rules'
("offered to finance a railway"), and money for works abroad of the funder's own is no aid to anyone."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence, has_word

_WORKS = (r"(?:(?:deep-sea\s+|sea\s+|river\s+|container\s+)?ports?|harbou?rs?|bridges?|roads?|highways?|motorways?|"
          r"expressways?|railways?|rail\s+lines?|railway\s+lines?|airports?|hospitals?|clinics?|schools?|universit(?:y|ies)|"
          r"dams?|power\s+(?:plants?|stations?)|stadiums?|stadia|pipelines?|canals?|terminals?|refiner(?:y|ies)|"
          r"desalination\s+plants?|water\s+(?:plants?|systems?)|metro(?:\s+lines?)?|housing(?:\s+projects?)?|"
          r"parliament\s+buildings?|conference\s+cent(?:re|er)s?)")
_BUILDING = r"(?:(?:the\s+)?(?:construction|building|rebuilding|reconstruction|expansion|upgrad(?:e|ing)|renovation|" \
            r"moderni[sz]ation|repair)\s+of\s+)?"
_FUNDED = r"(?:financ(?:e|ed|es|ing)|fund(?:ed|s|ing)?|bankroll(?:ed|s|ing)?|(?:pa(?:id|ys|ying)|pay)\s+for)"
# "financed the new port in", "paid for the construction of two hospitals in", "funds Pakistan's new"
_ACTIVE = re.compile(rf"\b(?P<verb>{_FUNDED})\s+{_BUILDING}(?:(?:the|a|an|two|three|several|new|its)\s+)?"
                     rf"(?:[\w\-$]+\s+){{0,3}}?{_WORKS}\s+(?:(?:at|near|on|outside)\s+[A-Z][\w\-]+\s+)?in\s+"
                     r"(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s+)?$"
                     rf"|\b(?P<verb2>{_FUNDED})\s+{_BUILDING}$", re.I)
_OWNED_WORKS = re.compile(rf"^['’]s?\s+(?:[\w\-]+\s+){{0,3}}?{_WORKS}\b", re.I)
# "a bridge in X (, which was) paid for by", "the port in X, financed by"
_PASSIVE = re.compile(r"^\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
                      r"(?:(?:largely|partly|mostly|entirely|jointly)\s+)?(?P<verb>financed|funded|bankrolled|paid\s+for)"
                      r"\s+by\s+(?:the\s+)?$", re.I)
_WORKS_IN = re.compile(rf"\b{_WORKS}\s+in\s+$", re.I)
_ASKED = re.compile(r"\b(?:offer\w*|propos\w*|pledg\w*|promis\w*|plans?|planned|wants?|sought|seeks?|asked|urged|"
                    r"considering|could|would|might|may)\s+(?:to\s+)?(?:help\s+(?:to\s+)?)?$", re.I)
_WORDS = frozenset("finance financed finances financing fund funded funds funding bankroll bankrolled bankrolls "
                   "bankrolling pay paid pays paying".split())
_GIVERS = ("Country", "Organization")


def public_works_aid(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    if sent.headline or not has_word(sent, _WORDS):
        return []
    ms = resolved_in_order(mentions)
    text, base, out = sent.text, sent.start, []
    for k, state in enumerate(ms):
        if state.kind != "Country" or not state.entity:
            continue
        at = state.start - base
        hit = _ACTIVE.search(text, max(0, at - 120), at)
        owned = hit is not None and hit.group("verb2") is not None
        if hit is not None and owned and not _OWNED_WORKS.match(text, state.end - base):
            hit = None  # "financed Pakistan's new port", not "financed Pakistan"
        if hit is not None:
            start = hit.start()
            if _ASKED.search(text, max(0, start - 30), start):
                continue  # "offered to finance a railway in X": an offer
            giver = main_subject(ms, text, base, start)
        else:
            nxt = ms[k + 1] if k + 1 < len(ms) else None
            by = _PASSIVE.match(text[state.end - base : nxt.start - base]) if nxt is not None else None
            if by is None or not _WORKS_IN.search(text, max(0, at - 60), at):
                continue
            giver, start = nxt, state.end - base + by.start("verb")
        if giver is None or giver.kind not in _GIVERS or not giver.entity or giver.entity == state.entity:
            continue
        verb = text[start : start + 20].split()[0]
        out.append(RawRelation(giver.entity, "AIDS", state.entity, sent, start, verb,
                               status_of(text, 0, start, "AIDS"), 0.6))
    return out
