"""What "the move", "the decision" or "the step" answers: an act, not a state of war, and of the kind its
sentence names when it names one ("An RSF spokesman dismissed the move" after "The RSF has been at war with the
army since 2023" answers the sanctions told before; "condemned the move and said the sanctions would not ..."
answers the sanctions, not a later arrest)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.patterns import EVENT_NOUNS, EVENT_TWINS, WEEKDAY_STEMS
from actorgraph.loaders.extractor.relations import RawRelation

# what "the move", "the decision" or "the step" can refer to: acts, not statements about them
_ACTS = ("SANCTIONS", "EASES_SANCTIONS", "DESIGNATES", "AGREES_WITH", "COERCES", "ATTACKS", "MOBILIZES_AGAINST",
         "AIDS", "COOPERATES_WITH", "OFFERS", "INVESTIGATES")
_KINDS = ("COERCES", "INVESTIGATES", "ATTACKS", "DESIGNATES", "SANCTIONS", "EASES_SANCTIONS", "MOBILIZES_AGAINST",
          "AGREES_WITH")
_NAMED = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:"
                    + "|".join(f"(?P<{k}>{EVENT_NOUNS[k]})" for k in _KINDS) + r")\b", re.I)


def moved_kinds(r: RawRelation) -> tuple[str, ...]:
    """The kinds of act the sentence of "the move" names elsewhere (none when it names none, or two kinds)."""
    at = int(r.props.get("event_at", "-1"))
    found = {k for m in _NAMED.finditer(r.sentence.text) if not m.start() <= at < m.end()
             for k in _KINDS if m.group(k)}
    if len(found) != 1:
        return ()
    kind = found.pop()
    return EVENT_TWINS.get(kind, (kind,))


# "welcomed Wednesday's decision": the act of that weekday
_DAY_OF = re.compile(r"\b(" + "|".join(WEEKDAY_STEMS) + r")day['’]s\s+(?:[\w\-]+\s+){0,2}?$", re.I)


def _named_weekday(r: RawRelation) -> int | None:
    at = int(r.props.get("event_at", "-1"))
    m = _DAY_OF.search(r.sentence.text[:at]) if at > 0 else None
    return WEEKDAY_STEMS.index(m.group(1).lower()) if m else None


def moved(e: RawRelation, earlier: list[RawRelation]) -> bool:
    """An act done: not one denied or negated ("X has denied arming Y"), nor an attack told both ways in one
    sentence ("A has been at war with B": a state of war)."""
    if e.status in (RelationStatus.DENIED, RelationStatus.NEGATED):
        return False
    return not (e.type == "ATTACKS" and any(x.type == "ATTACKS" and x.sentence is e.sentence and x.source == e.target
                                            and x.target == e.source for x in earlier))


def moved_authors(r: RawRelation, earlier: list[RawRelation], same_side: Callable[[str | None, str | None], bool],
                  side_of: Callable[[str], str]) -> list[str]:
    """Who did the act "the move" of ``r`` answers: the latest act of another side, of the kind its sentence names
    if it names one ("condemned the move and said the sanctions would not ..."); both parties to a deal."""
    acts = [e for e in earlier if e.type in _ACTS and e.source and e.target and not same_side(e.source, r.source)
            and e.sentence is not r.sentence and moved(e, earlier)]
    if (day := _named_weekday(r)) is not None:  # "Wednesday's decision": only an act dated that weekday
        acts = [e for e in acts if e.props.get("date") and dt.date.fromisoformat(e.props["date"]).weekday() == day]
    kinds = moved_kinds(r)
    pool = [e for e in acts if e.type in kinds] or acts
    # an act done to the one answering before any other ("would challenge the designation" after two listings)
    for e in reversed([e for e in pool if same_side(e.target, r.source)] or pool):
        sides = [p for p in ((e.source, e.target) if e.type == "AGREES_WITH" else (e.source,)) if p]
        return list(dict.fromkeys(side_of(p) for p in sides if not same_side(p, r.source)))
    return []
