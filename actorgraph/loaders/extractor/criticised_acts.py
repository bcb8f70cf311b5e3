"""Whom a criticism of an unnamed act is aimed at when the same speaker, in the same sentence, asks someone to
undo or answer for it: "X condemned the detention and called on the Iranian authorities to release her",
"Y said it was troubled by the verdicts and urged Z to guarantee a fair appeal" -> X, Y accuse the party they
address. The author of an earlier act of that kind still wins when the sentence names it too ("condemned the
strike and asked A and B to pressure C": C struck, A and B are only asked to help), and a third party asked to step
in is never the one criticised ("condemned the raids and called on A and B to assume their responsibilities")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.relations import RawRelation

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

# what a demand asks of a third party, not of the one who acted: to step in, press, restrain, mediate or live up to
#   a role ("urged the guarantors to assume their responsibilities", "asked Washington to rein in its ally")
_THIRD_PARTY = re.compile(
    r"\bto\s+(?:(?:immediately|urgently|swiftly|quickly|fully)\s+)?"
    r"(?:(?:assume|shoulder|bear|live\s+up\s+to|honou?r|fulfil+)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:responsibilit\w*|obligations?|role|duty|duties)"
    r"|intervene|mediate|step\s+in|(?:put|exert|apply)\s+(?:\w+\s+)?pressure|pressure|press\s+\w+"
    r"|use\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:influence|leverage)|rein\s+in|restrain)\b")


def _third_party(e: RawRelation) -> bool:
    """A demand that asks its addressee to act on someone else's conduct."""
    after = e.sentence.text[e.trigger_start : e.trigger_start + 220]
    return _THIRD_PARTY.search(after) is not None


def criticised_parties(r: RawRelation, raw: list[RawRelation], found: list[str], table: EntityTable) -> list[str]:
    """``found``: the authors of the act that discourse found; returned as they are unless the speaker's
    demands in the sentence address someone else and those authors go unnamed there."""
    if r.type != "ACCUSES" or not r.source or not r.props.get("event"):
        return found
    addressed = list(dict.fromkeys(e.target for e in raw if e.sentence is r.sentence and e.type == "DEMANDS"
                                   and e.source == r.source and e.target and e.target != r.source
                                   and e.trigger_start > r.trigger_start and not e.props.get("release_of")
                                   and not _third_party(e)))
    if not addressed:  # "demanded that X be freed" names the captive, not the captor: left out above
        return found
    named = {m.entity for m in table.mentions.get(id(r.sentence), []) if m.entity}
    return found if any(f in named for f in found) else addressed
