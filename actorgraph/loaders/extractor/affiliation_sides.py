"""Who a relation's open side is, from what the document says about affiliations: the ruling party's
country, the holder of a detainee whose release is demanded, the side an appointment is into."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.state_measures import state_of_body

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable


_SIDES = ("Country:", "Organization:")
# what takes someone into custody, from whom a release is asked (not a raid, ban or closure)
_HOLDING = re.compile(r"arrest|detain|detention|jail|imprison|captur|abduct|kidnap|seiz|held|hold|custody|picked up|"
                      r"round|intercept|board|extradit", re.I)
_GOVERNMENT_AFTER = re.compile(r"^\s+(?:government|administration|regime|authorities|junta)\b")


def ruling_parties(table: EntityTable, affiliation: dict[str, set[str]]) -> dict[str, str]:
    """ "Afghanistan's Taliban government": the organisation governs the country, so its spokesman denying
    what was said of Afghanistan answers for it. Returned: every body named with a country's possessive
    ("Pakistan's Inter-Services Public Relations"), on that country's side though an actor of its own."""
    bodies: dict[str, str] = {}
    for sent in table.sentences:
        ms = table.mentions.get(id(sent), [])
        for a, b in zip(ms, ms[1:], strict=False):
            if a.kind != "Country" or not a.possessive or not a.entity or b.kind != "Organization" or not b.entity \
                    or b.start - a.end > 4:
                continue
            bodies.setdefault(b.entity, a.entity)
            if _GOVERNMENT_AFTER.match(sent.text[b.end - sent.start :]):
                affiliation.setdefault(b.entity, set()).add(a.entity)
                for sides in affiliation.values():  # its spokesman is on the country's side too
                    if b.entity in sides:
                        sides.add(a.entity)
    return bodies


def release_demands(rels: list[RawRelation], table: EntityTable,
                    affiliation: dict[str, set[str]] | None = None) -> list[RawRelation]:
    """ "demanded the release of X" is a demand on whoever holds X — the state, when a body of it made the arrest
    ("Burundi's intelligence service arrested X ... demanded her release"); when no arrest of X is on record, the
    latest arrest by a state or body not on the demander's side; with none it is dropped."""
    holders = {r.target: r.source for r in rels if r.type == "COERCES" and r.source and r.target}
    out = []
    for k, r in enumerate(rels):
        if r.props.get("release_of"):
            holder = holders.get(r.target or "")
            if holder is None:  # "the release of the two journalists", held under another name: the latest arrest
                holder = next((x.source for x in reversed(rels[:k]) if x.type == "COERCES" and x.source
                               and _HOLDING.search(x.trigger_text)  # (not "raided the offices of the judges")
                               and x.source.startswith(_SIDES) and x.source != r.source
                               and x.source not in (affiliation or {}).get(r.source or "", ())), None)
            arrest = next((x for x in rels if x.type == "COERCES" and x.source == holder and x.target == r.target), None)
            if holder and arrest is not None:
                holder = state_of_body(holder, arrest, table) or holder
            if holder is None or holder == r.source:
                continue
            r.target = holder
        out.append(r)
    return out


def appointing_side(appointer: str | None, affiliation: dict[str, set[str]], table: EntityTable,
                    appointee: str | None = None) -> str | None:
    """The country or organisation an appointment is into: the appointer's own; with no appointer named ("X
    was appointed in 2025"), the state the appointee already holds a post in, else the one the dateline files
    the story from, else the article's most named (not a state the story is about only as the foe)."""
    if appointer is None:
        own = sorted(s for s in affiliation.get(appointee or "", ()) if s.startswith("Country:"))
        if own:
            return own[0]
        if table.home and table.home in table.entities:
            return table.home
        countries = sorted(table.of_kind("Country"), key=lambda e: (-e.count, e.first))
        return countries[0].key if countries else None
    if appointer.startswith(("Country:", "Organization:")):
        return appointer
    sides = sorted(affiliation.get(appointer, ()))
    return sides[0] if sides else None
