"""A headline tells the article's main event in the present tense, without a date or a source ("X accuses Y
of ..."): when the body tells the same relation between the same actors once (one day, one status, one source),
the headline's relation takes that day, status and source. Two different days in the body leave the headline
undated (which one it means is unknown)."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.relations import RawRelation


def date_headline_relations(raw: list[RawRelation]) -> None:
    """Copy the one body statement of the same (source, type, target) onto undated headline relations (in place)."""
    headline = [r for r in raw if r.sentence.headline and not r.props.get("date")]
    if not headline:
        return
    body: dict[tuple[str | None, str, str | None], set[tuple[str, RelationStatus, str]]] = {}
    for r in raw:
        if not r.sentence.headline and r.props.get("date") and r.props.get("date_precision", "day") == "day":
            told = (r.props["date"], r.status, r.props.get("attributed_to", ""))
            body.setdefault((r.source, r.type, r.target), set()).add(told)
    for r in headline:
        told_in_body = body.get((r.source, r.type, r.target), set())
        if len(told_in_body) == 1:  # the body's statement: its day, and its status and source, which headlines drop
            date, r.status, source = next(iter(told_in_body))
            r.props["date"], r.props["date_inferred"] = date, "true"
            if source:
                r.props["attributed_to"] = source


# A headline gives a state or body's stance in its name ("X blames Y", "X presses Y on debt", "X stands by Y"); the
# body says who took it: a minister, a spokesman, a party chief. Such a headline relation that no body sentence
# tells between the same two actors is the headline's shorthand for the body's, not a statement of its own.
_HEADLINE_STANCES = frozenset({"ACCUSES", "DENIES", "DEMANDS", "SUPPORTS"})


def without_headline_stances(raw: list[RawRelation]) -> list[RawRelation]:
    """The relations without the headline stances (accusing, denying, demanding, backing) the body does not
    tell between the same source and target."""
    body = {(r.source, r.type, r.target) for r in raw if not r.sentence.headline}
    return [r for r in raw if not (r.sentence.headline and r.type in _HEADLINE_STANCES
                                   and (r.source, r.type, r.target) not in body)]
