"""Charges told through the evidence that shows them: "X said the ruling showed that Y was criminalising dissent",
"said the security service had established that Y's officers paid the gang" -> X ACCUSES Y (round 31). The report
nests an evidential verb between the speech verb and the accused, which reported.py's gap (speaker, verb, "that",
the accused) does not allow."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.imputed_charges import DENIAL, imputed_to, may_accuse, reported_accusation
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_EVIDENTIAL_WORDS = ("showed", "shown", "shows", "proved", "proven", "proves", "established", "confirmed", "confirms",
                     "revealed", "reveals", "demonstrated", "demonstrates")
# "said (that) the ruling (had) showed (that) ", "told reporters phone records proved ": a speech verb, the evidence
#   (up to five words) and its verb, right before the accused
_EVIDENCED = re.compile(
    r"\b(?:said|says|told\s+[\w\-]+|insisted|argued|added)\s+(?:that\s+)?(?P<np>(?:[\w\-’']+\s+){1,5}?)"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:" + "|".join(_EVIDENTIAL_WORDS) + r")\s+(?:that\s+)?(?:the\s+)?$")
_SPEECH_WORDS = ("said", "says", "told", "insisted", "argued", "added")  # one is in every _EVIDENCED match
# the evidential verb alone, as _EVIDENCED ends: where an accused may start
_EVIDENCE_END = re.compile(r"\b(?:" + "|".join(_EVIDENTIAL_WORDS) + r")\s+(?P<that>)(?:that\s+)?(?P<the>)(?:the\s+)?")
_REACH = 120  # characters back from the accused to the speech verb


def evidenced_charges(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``ms``: the sentence's actor mentions in order; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if not contains_any(text, _EVIDENTIAL_WORDS) or not contains_any(text, _SPEECH_WORDS):
        return []
    ends = {at for m in _EVIDENCE_END.finditer(text) for at in (m.start("that"), m.start("the"), m.end())}
    out: list[RawRelation] = []
    for accused in ms:
        at = accused.start - base
        if at not in ends:
            continue
        hit = _EVIDENCED.search(text, max(0, at - _REACH), at)
        if hit is None or DENIAL.search(hit.group("np")):
            continue  # ("said no evidence showed that ...")
        if accused.possessive and accused.kind != "Country" or not imputed_to(text, base, accused, accused.end - base,
                                                                               len(text)):
            continue
        speaker = main_subject(ms, text, base, hit.start())
        if not may_accuse(speaker, accused, affiliation):
            continue
        out.append(reported_accusation(speaker.entity, accused.entity, sent, hit.start(), "said"))
    return out
