"""Force used on a bare count of people names no party: "police arrested 23 people", "two men were detained", "troops
killed at least 40 people" tell how many, not who, and analysts do not follow "23 people" as an actor. Hostages
and captives are the exception: a hostage-taking is told by the people it holds ("taking at least 20 people
hostage"). Nor is such a count the doer of force ("nine people were killed when police fired at protesters"). A count that says who the people are ("14 opposition activists", "five Thai soldiers") stays."""

from __future__ import annotations

import re

from actorgraph.graph.model import Relation
from actorgraph.loaders.base import Extraction

_FORCE = frozenset({"COERCES", "ATTACKS"})
# the head of a group that only counts: "23 people", "two men", "31 suspects", "nine other people"
_COUNT_ONLY = re.compile(r"^(?:(?:at least|more than|over|about|some|nearly|almost|around|up to)\s+)?"
                         r"(?:[\d,]+|a dozen|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)\s+(?:of\s+)?(?:other\s+)?"
                         r"(?:people|persons|men|suspects|others|individuals)$")
_HOSTAGE = re.compile(r"\b(?:hostages?|captives?|abduct\w*|kidnapp?\w*)\b", re.I)


def without_counted_patients(extraction: Extraction) -> Extraction:
    names = {a.id: a.name.lower() for a in extraction.actors if a.kind == "Group"}

    def counted(r: Relation) -> bool:
        if r.type in _FORCE and _COUNT_ONLY.match(names.get(r.source, "")):
            return True  # "nine people were killed when police fired at protesters": never the force's doer
        if r.type not in _FORCE or not _COUNT_ONLY.match(names.get(r.target, "")):
            return False
        return not _HOSTAGE.search((r.evidence.sentence if r.evidence else None) or "")

    extraction.relations = [r for r in extraction.relations if not counted(r)]
    return extraction
