"""Who is not one of "both sides": the third party that speaks of, calls on, hosts or mediates between the two
("Norway said it was ready to host both sides", "The envoy, X, offered to mediate between the two sides": not
Norway, not X's state). ``referents`` leaves these out of the pair it reads "both sides" as."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from collections import Counter

    from actorgraph.loaders.extractor.coref import Entity, EntityTable

# a call, charge or pressure whose object the pair is: "urged the two sides", "accused the two parties"
CALL_BEFORE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|accus(?:e|es|ed|ing)|"
                         r"ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|warn(?:s|ed|ing)?|blam(?:e|es|ed|ing))\s+$", re.I)
# a third party's dealing with both: "host both sides", "mediate between the two sides", "talks between",
# "met both sides", "in contact with both sides", "invited the two sides"
_DEALING_BEFORE = re.compile(r"\b(?:host(?:s|ed|ing)?|invit(?:e|es|ed|ing)|between|met|meet(?:s|ing)?|"
                             r"(?:contact|talks)\s+with|(?:envoys?|delegations?)\s+to)\s+$", re.I)
# a party the third party has just met: "met leaders of the X Front ... and offered to host both sides"
_MET_BEFORE = re.compile(r"\b(?:met|meets|meeting\s+with|spoke\s+(?:by\s+(?:phone|telephone)\s+)?(?:with|to)|"
                         r"talks\s+with)\s+(?:(?:the\s+)?(?:leaders?|representatives?|officials?|envoys?|delegat(?:es|ion)s?|"
                         r"members?)\s+(?:of|from)\s+)?(?:the\s+)?$", re.I)
# a name right after a preposition is its object ("the mission in Y urged"), not the verb's subject
_PREP_OBJECT_BEFORE = re.compile(r"\b(?:in|of|for|from|at|on|to|with|by)\s+(?:the\s+)?$", re.I)
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+(?:the\s+)?", re.I)


def sides_called(sent: Sentence, m: Mention, dealing: bool = True) -> bool:
    """Whether the pair ``m`` stands where a third party calls on ("urged both sides") or, with ``dealing``, deals
    with both ("offered to host both sides", "to mediate between the two sides")."""
    before = sent.text[: m.start - sent.start]
    return CALL_BEFORE.search(before) is not None or dealing and _DEALING_BEFORE.search(before) is not None


# a call that charges the pair: its speaker is often the third state an earlier list acted on ("France, Germany and
#   the UK moved to restore sanctions on Iran ... He accused the three governments of ..."), so that list is the pair
_CHARGING_BEFORE = re.compile(r"\b(?:accus|blam|warn)\w*\s+$", re.I)


def sides_addressed(sent: Sentence, m: Mention) -> bool:
    """Whether the pair ``m`` is called on or dealt with by a third party that is no party to it ("urged both
    governments", "mediate between the two capitals"), not charged ("accused the three governments")."""
    return sides_called(sent, m) and _CHARGING_BEFORE.search(sent.text, 0, m.start - sent.start) is None


def pair_callers(table: EntityTable, sent: Sentence, m: Mention, here: list[Mention]) -> set[str]:
    """The third party of a pair called on or dealt with: the actor the sentence opens with and the one named last
    before the pair in its own clause, each with the state a person of theirs serves ("A Norwegian envoy, X, ... said Norway ...
    host both sides"). None when the sentence opens with two parties ("Peru and Chile said both sides ...": they
    are the sides)."""
    if not sides_called(sent, m):
        return set()
    before = [x for x in here if x.entity and x.end <= m.start]
    if not before:
        return set()
    if len(before) > 1 and _COORDINATED.fullmatch(sent.text, before[0].end - sent.start, before[1].start - sent.start):
        return set()
    callers = {before[0].entity}
    last = before[-1]
    if "," not in sent.text[last.end - sent.start : m.start - sent.start] \
            and not _PREP_OBJECT_BEFORE.search(sent.text, 0, last.start - sent.start):
        callers.add(last.entity)  # the verb's subject (not "X, which backs Y, urged", "the mission in Y urged")
    for key in list(callers):
        ent = table.entities.get(key or "")
        if ent is not None and ent.kind == "Person" and ent.country:
            callers.add(ent.country)
    return {c for c in callers if c}


def most_named_sides(table: EntityTable, counts: Counter[str], caller: set[str], states: bool,
               met: str | None = None) -> list[Entity]:
    """The two sides "both sides" stands for, most named first: states, then ("Sudan and the Rapid Support Forces
    ... both sides") organisations, then people (only states for "the two countries"); a side is named more than once before any named once is taken
    ("Peru detained members of the X Party ... The United States, Britain and Spain urged Peru ... mediate between
    the two sides": Peru and the party, not the United States); ``met``, a side the caller just met, first."""
    sides: list[Entity] = [e for e in (table.entities.get(met or ""),) if e is not None]
    for least, kind in ((2, "Country"), (2, "Organization"), (1, "Country"), (1, "Organization"), (1, "Person")):
        if len(sides) < 2 and (kind == "Country" or not states):
            sides += sorted((e for e in table.of_kind(kind) if counts[e.key] >= least and not e.outlet
                             and e.key not in caller and e not in sides), key=lambda e: (-counts[e.key], e.first))
    return sides


def met_side(sent: Sentence, m: Mention, here: list[Mention], caller: set[str]) -> str | None:
    """A side the caller met in the same sentence, before the pair ("X met leaders of the Y Front in Oslo and said
    Norway would host both sides": Y)."""
    if not caller:
        return None
    return next((x.entity for x in here if x.entity and x.end <= m.start and x.entity not in caller
                 and x.kind in ("Country", "Organization")
                 and _MET_BEFORE.search(sent.text, 0, x.start - sent.start)), None)
