"""Denials whose subject is "Both" (or "Both men", "The two companies"), no actor named: the two just accused or
charged.
"Peru accused Ana Ruiz and Ivo Sand of bribery. Both deny wrongdoing." -> each of the two DENIES Peru; when the
two accused each other ("each government accused the other's guards ... Both denied ..."), each denies the other."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_PAIR_NOUNS = (r"men|women|companies|firms|groups|officials|judges|parties|countries|governments|sides|states|capitals|"
          r"banks|leaders|ministers|officers|politicians|suspects|defendants|organi[sz]ations")
# "Both deny", "Both men, who ..., have denied", "The two companies rejected ...": a denial verb, a charge its
#   object or none ("Both deny wrongdoing", "Both denied that ..."), or a plea ("Both pleaded not guilty", "Both men
#   maintained their innocence")
_BOTH_DENY = re.compile(
    r"^[\"“]?(?:Both(?:\s+(?:" + _PAIR_NOUNS + r"))?|The\s+two\s+(?:" + _PAIR_NOUNS + r"))(?:\s*,[^,;]{0,100},)?\s+"
    r"(?:(?:have|has|had|also|each|both|repeatedly|consistently|previously|strongly|flatly|long|since)\s+)*"
    r"(?P<verb>den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|plead(?:s|ed)?(?=\s+not\s+guilty\b)|pled(?=\s+not\s+guilty\b)"
    r"|(?:maintain|protest|proclaim|insist)(?:s|ed)?(?=\s+(?:on\s+)?their\s+innocence\b))\b")
# a plea answers the prosecution, not the court that judged it ("the High Court found that A and B had ... Both men
#   maintained their innocence": not a denial of the court)
_COURT = re.compile(r"\b(?:court|tribunal|judges?)\b", re.I)
_CHARGED = (RelationStatus.ASSERTED, RelationStatus.REPORTED, RelationStatus.ALLEGED)
_REACH = 2  # sentences back the accusation is sought in


def both_denials(sent: Sentence, mentions: list[Mention], earlier: list[RawRelation]) -> list[RawRelation]:
    """``earlier``: the relations of the sentences before, in order."""
    hit = _BOTH_DENY.match(sent.text)
    if hit is None or any(m.entity and m.start - sent.start < hit.start("verb") and m.via not in ("group", "pair-people")
                          for m in mentions):
        return []  # ("Both countries denied": a pair mention the coreference resolves; "the two companies": a group)
    plea = not hit.group("verb").lower().startswith(("den", "rej", "dis"))
    charges: list[RawRelation] = []
    for r in reversed(earlier):
        if r.sentence.index < sent.index - _REACH or charges and r.sentence is not charges[0].sentence:
            break
        if r.type in ("ACCUSES", "INVESTIGATES") and r.source and r.target and r.status in _CHARGED and r.sentence is not sent \
                and not (plea and _COURT.search(r.source)):
            charges.append(r)
    pairs = {(r.source, r.target) for r in charges}
    accused = list(dict.fromkeys(r.target for r in charges))
    accusers = list(dict.fromkeys(r.source for r in charges))
    if len(accused) != 2:
        return []
    if set(accused) == set(accusers) and all((b, a) in pairs for a, b in pairs):
        answers = [(a, b) for a, b in pairs]  # each accused the other: each denies the other
    elif not set(accused) & set(accusers):
        answers = [(a, s) for a in accused for s in accusers]
    else:
        return []
    word = hit.group("verb")
    return [RawRelation(who, "DENIES", whom, sent, hit.start("verb"), word, RelationStatus.ASSERTED, 0.55)
            for who, whom in sorted(answers, key=lambda p: (accused.index(p[0]), p[1]))]
