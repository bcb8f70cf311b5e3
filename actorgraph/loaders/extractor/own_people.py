"""A body does not answer, press or arrest its own people: when the document has X holding a post in (or
leading, or belonging to) an organisation or state, an act of that body against X is a misreading --
usually of whose "its" or whose spokesman it is ("police detained two of its editors" is not the news
agency detaining its staff; "the spokesman said Ethiopia will not be intimidated" is not Ethiopia
rejecting him)."""

from __future__ import annotations

import re

from actorgraph.graph.model import Relation

_AFFILIATIONS = ("HOLDS_POSITION", "LEADS", "MEMBER_OF")
# what a state does not do to its own official in the same breath (it may well accuse, charge or arrest one)
_STATE_ANSWERS = frozenset({"REJECTS", "DENIES", "PROTESTS", "THREATENS", "DEMANDS"})
_BODY_ANSWERS = _STATE_ANSWERS | {"COERCES"}
# only states detain: a non-state body "detaining" its own staff is someone else's act
_DETENTION = re.compile(r"detain|arrest|jail|imprison|raid|abduct|kidnap|held|hold", re.I)
# a legislator's or judge's seat is in the state, not in its government: the government may well answer one
_SEPARATE_BRANCH = re.compile(r"\b(?:senator|lawmaker|legislator|mp|member of parliament|congress(?:wo)?man|judge|"
                              r"justice)$", re.I)


def without_acts_against_own_people(relations: list[Relation], kinds: dict[str, str]) -> list[Relation]:
    own = {(r.target, r.source) for r in relations if r.type in _AFFILIATIONS
           and not (kinds.get(r.target) == "Country" and _SEPARATE_BRANCH.search(str(r.properties.get("trigger", ""))))}

    def misread(r: Relation) -> bool:
        if (r.source, r.target) not in own or kinds.get(r.target) not in ("Person", "Group"):
            return False  # (a bloc may well press its member state)
        kind = kinds.get(r.source)
        if kind == "Country":
            return r.type in _STATE_ANSWERS
        if kind != "Organization" or r.type not in _BODY_ANSWERS:
            return False
        return r.type != "COERCES" or bool(_DETENTION.search(str(r.properties.get("trigger", ""))))

    return [r for r in relations if not misread(r)]
