"""A report by one of a state's own office-holders is no accusation of that state (round 29).

"Finnish Foreign Minister X said investigators had found that the crew damaged the cable" gives X a post in Finland
and, read as a report of a wrong by Finland's investigators, "X ACCUSES Finland". The affiliations the reporting rules
consult (reported.py, reported_abuse.py) are only those of earlier sentences, so a post found in the same sentence
("Finnish Foreign Minister X") is checked here (not one only inferred from the state the report names), once the sentence's
relations are all found. The state's opposition and legislators ("Senator X said Peru had lied", "Finnish opposition
leader X") are left alone: they do accuse their state's government."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation

_POSTS = ("LEADS", "HOLDS_POSITION")
_NOT_THE_STATES_VOICE = re.compile(r"\b(?:opposition|former|ex|senator|lawmaker|legislator|mp|deputy|member|"
                                   r"councillor|councilor|activist|rebel|exiled)\b", re.I)


def without_own_state_reports(found: list[RawRelation], mentions: list[Mention]) -> list[RawRelation]:
    """``found`` without the reported accusations of a state by a speaker this sentence gives a post in it (unless
    their title makes them a voice of its opposition or legislature)."""
    if not any(r.type == "ACCUSES" and r.props.get("reported") == "true" for r in found):
        return found
    # (not a post only inferred from the one state the sentence names: "Interior Minister X told reporters that Latvia
    #   had smuggled rifles" is a foreign minister's charge)
    posts = {(r.source, r.target) for r in found if r.type in _POSTS and r.props.get("affiliation") != "inferred"}
    if not posts:
        return found
    others = {m.entity for m in mentions if m.title is not None and _NOT_THE_STATES_VOICE.search(m.title.text)}
    return [r for r in found if not (r.type == "ACCUSES" and r.props.get("reported") == "true"
                                     and (r.source, r.target) in posts and r.source not in others)]
