"""Whom a criticism of an unnamed act is aimed at when the same speaker, in the same sentence, asks someone to
undo or answer for it: "X condemned the detention and called on the Iranian authorities to release her",
"Y said it was troubled by the verdicts and urged Z to guarantee a fair appeal" -> X, Y accuse the party they
address. The author of an earlier act of that kind still wins when the sentence names it too ("condemned the
strike and asked A and B to pressure C": C struck, A and B are only asked to help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.relations import RawRelation

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable


def criticised_parties(r: RawRelation, raw: list[RawRelation], found: list[str], table: EntityTable) -> list[str]:
    """``found``: the authors of the act that discourse found; returned as they are unless the speaker's
    demands in the sentence address someone else and those authors go unnamed there."""
    if r.type != "ACCUSES" or not r.source or not r.props.get("event"):
        return found
    addressed = list(dict.fromkeys(e.target for e in raw if e.sentence is r.sentence and e.type == "DEMANDS"
                                   and e.source == r.source and e.target and e.target != r.source
                                   and e.trigger_start > r.trigger_start and not e.props.get("release_of")))
    if not addressed:  # "demanded that X be freed" names the captive, not the captor: left out above
        return found
    named = {m.entity for m in table.mentions.get(id(r.sentence), []) if m.entity}
    return found if any(f in named for f in found) else addressed
