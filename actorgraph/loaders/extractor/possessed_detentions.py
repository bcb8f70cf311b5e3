"""A detention named by a noun whose owner is the one held: "Rosa Mamani's detention was arbitrary", "X, who turned
state witness after his arrest", "access to X after his arrest" -> the acting state COERCES X (the agent left
implicit, or a by-phrase: "X's arrest by Bolivian police"). Not "Bolivia's arrest of X" (the owner acts), not a
detention only sought or avoided ("called for X's arrest", "X's arrest warrant", "fled to avoid his arrest")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.voice_arguments import BY_NEXT

_DETENTION_NOUNS = ("arrest", "detention", "imprisonment", "jailing", "abduction", "expulsion", "deportation")
_NOUN = r"(?:(?:arbitrary|continued|unlawful|illegal|recent|prolonged|ongoing|brief)\s+)?" \
        r"(?P<noun>" + "|".join(_DETENTION_NOUNS) + r")\b" \
        r"(?!\s+(?:warrants?|orders?|requests?|of)\b)"
_OWNED = re.compile(r"^['’]s\s+" + _NOUN)
# "X, who ... after his arrest", "access to X after his arrest": the one named right before is the one held
_HIS_AFTER = re.compile(r"^(?:,\s+who\s+[^,;\"“]{0,80}?\s+|\s+)(?:after|since|following|before|during|upon)\s+"
                        r"(?:his|her)\s+" + _NOUN)
# a detention asked for, ordered, avoided or feared has not happened
_NOT_HAPPENED = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand\w*|s(?:ought|eek\w*)|urg\w*|order\w*|warrants?\s+for|"
                           r"avoid\w*|evad\w*|escap\w*|resist\w*|fear\w*|risk\w*|fac(?:e|es|ed|ing)|prevent\w*|"
                           r"threat\w*|sought)\s+(?:the\s+)?$")
_HELD = ("Person", "Group")


def possessed_detentions(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not contains_any(text, _DETENTION_NOUNS):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for k, m in enumerate(ms):
        if m.kind not in _HELD:
            continue
        after = text[m.end - base :]
        hit = _OWNED.match(after) or _HIS_AFTER.match(after)
        if hit is None or _NOT_HAPPENED.search(text[max(0, m.start - base - 30) : m.start - base]):
            continue
        at = m.end - base + hit.start("noun")
        rest = text[at + len(hit.group("noun")) :]
        by = next((x for x in ms[k + 1 :] if BY_NEXT.fullmatch(text[at + len(hit.group("noun")) : x.start - base])), None) \
            if BY_NEXT.match(rest) else None
        if by is not None and by.kind not in ("Country", "Organization"):
            continue
        out.append(RawRelation(by.entity if by else None, "COERCES", m.entity, sent, at, hit.group("noun"),
                               status_of(text, m.start - base, at, "COERCES"), 0.6, implicit=by is None))
    return out
