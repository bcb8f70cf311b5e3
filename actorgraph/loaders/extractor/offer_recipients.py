""" "X offered to send observers", "was ready to extend the mission", "reiterated an offer to fund a police
academy": an offer to do something
(or help given: "which also provides police assistance"),
with nobody named to receive it, is made to the other side of the talks in progress (the state of the leader
X's minister just met), else to the country the article is about: the dateline's, or the one talked about
most, when that is not X's own side."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.story_states import document_home

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_OFFER_TO_ACT = re.compile(r"\b(?:offer(?:s|ed|ing)?|ready|willing|prepared)\s+to\s+(?!mediate|broker|facilitate|host)[a-z]+$")
_TALKS = ("MEETS_WITH", "NEGOTIATES_WITH")
_ASSISTANCE = re.compile(r"\b(?:assistance|aid|help|support|training|advisers|advisors|equipment)\b")
_ARMS = re.compile(r"\b(?:weapons|arms|missiles|drones|ammunition|rockets|fighters|military aid)\b")


def offer_to_act(r: RawRelation) -> bool:
    return r.type == "OFFERS" and bool(_OFFER_TO_ACT.search(r.trigger_text.lower()))


def unnamed_assistance(r: RawRelation) -> bool:
    """ "New Zealand, which also provides police assistance, said ...": help (not arms) given to nobody named
    goes where an offer would (arms could be for either side of a war)."""
    return r.type == "AIDS" and bool(_ASSISTANCE.search(r.trigger_text.lower())) \
        and not _ARMS.search(r.trigger_text.lower())


def offer_recipient(r: RawRelation, earlier: list[RawRelation], table: EntityTable,
                    same_side: Callable[[str | None, str | None], bool],
                    side_of: Callable[[str, str | None], str]) -> str | None:
    for e in reversed(earlier):  # the talks in this paragraph or the one before, with the offerer's side
        if e.type not in _TALKS or not e.source or not e.target or r.sentence.paragraph - e.sentence.paragraph > 1:
            continue
        if same_side(e.source, r.source):
            return side_of(e.target, r.source)
        if same_side(e.target, r.source):
            return side_of(e.source, r.source)
    home = document_home(table)
    return home if home and not same_side(home, r.source) else None


_RENEWED_REACH = 2  # sentences back


def renewed_offer(r: RawRelation, earlier: list[RawRelation],
                  same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    """ "The African Union offered to mediate between the two capitals. ... said the bloc was ready to host talks":
    an offer with nobody named, right after the same side's offer to named parties, is made to those parties again
    (not to whoever fought last, which the paragraphs between may name)."""
    for e in reversed(earlier):
        if r.sentence.index - e.sentence.index > _RENEWED_REACH:
            break
        if e.type == "OFFERS" and e.source and e.target and same_side(e.source, r.source) and not e.implicit:
            return list(dict.fromkeys(x.target for x in earlier if x.type == "OFFERS" and x.sentence is e.sentence
                                      and x.target and same_side(x.source, r.source)))
    return []
