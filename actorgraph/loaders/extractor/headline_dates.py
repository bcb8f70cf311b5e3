"""A headline tells the article's main event in the present tense, without a date or a source ("X accuses Y
of ..."): when the body tells the same relation between the same actors once (one day, one status, one source),
the headline's relation takes that day, status and source. Two different days in the body leave the headline
undated (which one it means is unknown)."""

from __future__ import annotations

from dataclasses import replace

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


_POSTS = frozenset({"LEADS", "HOLDS_POSITION"})


def headline_people(raw: list[RawRelation]) -> list[RawRelation]:
    """A headline names a person by post and country ("Chile Sanctions Peruvian Defence Minister", "X Meets
    Peruvian President"), which falls back to the country (Chile SANCTIONS Peru). When the body tells the same
    relation with a person of that country in the country's place (Chile SANCTIONS Ana Duarte, Peru's defence
    minister), the headline meant that person; when it tells it with two, which is unknown, and the headline's
    relation goes. Headline relations the body tells between the same actors stay as they are."""
    serves: dict[str, set[str]] = {}  # person -> the countries the body says they lead or serve
    body: set[tuple[str | None, str, str | None]] = set()
    for r in raw:
        if not r.sentence.headline:
            body.add((r.source, r.type, r.target))
            if r.type in _POSTS and r.source and r.source.startswith("Person:") and r.target:
                serves.setdefault(r.source, set()).add(r.target)  # (a group, "Russian diplomats", is its state's)
    out = []
    for r in raw:
        told: RawRelation | None = r
        if r.sentence.headline and r.type not in _POSTS and (r.source, r.type, r.target) not in body:
            told = _person_of_country(r, serves, body)
        if told is not None:
            out.append(told)
    return out


def _person_of_country(r: RawRelation, serves: dict[str, set[str]],
                       body: set[tuple[str | None, str, str | None]]) -> RawRelation | None:
    """``r`` with its country on either side replaced by the one person of that country the body tells the same
    relation with; ``None`` when the body tells it with several."""
    for side in ("source", "target"):
        country = getattr(r, side)
        if not country or not country.startswith("Country:"):
            continue
        people = {p for p, places in serves.items() if country in places
                  and ((p, r.type, r.target) if side == "source" else (r.source, r.type, p)) in body}
        if len(people) > 1:
            return None
        if people:
            person = people.pop()
            r = replace(r, source=person) if side == "source" else replace(r, target=person)
    return r
