"""Allies and backers named as someone's own, by their nation: "the M23 and its Rwandan backers", "Hamas's
Iranian patrons", "the rebels and their backers in Kigali", "the Malian army and its Russian allies".

The nation of a possessed backer is a state that backs the owner: Rwanda SUPPORTS the M23 (as "X, a backer of Y"
does). Allies need more care: "Iran's Iraqi allies", "Tehran's allies in Iraq" are factions of that country, not its
state, so allies are read only for an owner that is a body or a state's force ("Mali's army", "the Malian army"),
never for a bare state; and a place after "in" counts for allies only when it is a capital ("its allies in Moscow"),
for backers also a country ("its backers in Rwanda"). Allies coordinated with their owner ("X and its Russian
allies", "alongside its Russian allies") act with it: COOPERATES_WITH; a possessor's allies ("the junta's Russian
allies") stand by it: SUPPORTS. Regional words ("Western", "Gulf") name no state and give nothing."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_ALLY_WORDS = frozenset("ally allies backer backers patron patrons sponsor sponsors".split())
_ADJ = (r"(?:(?:closest|close|main|key|chief|principal|traditional|long-standing|longtime|long-time|powerful|staunch|"
        r"staunchest|foreign|regional|biggest|strongest)\s+)?")
_NOUN = r"(?P<noun>allies|ally|backers|backer|patrons|patron|sponsors|sponsor)\b"
# between the owner's name and the nation: "X and its", "X, alongside their", "X's", "X's army and its"
_OWNED = re.compile(r"(?P<poss>['’]s?)?\s+(?:(?P<force>army|armed\s+forces|forces|military|troops|junta|militia)\s+)?"
                    r"(?:(?:movement|group|rebels|rebel\s+group|militia|fighters|faction|coalition)\s+)?"
                    r"(?P<coord>,?\s*(?:and|alongside|with)\s+(?:its|their|his|her)\s+)?", re.I)
_NATION_NOUN = re.compile(_ADJ + r"(?P<nation>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+" + _NOUN)
_NOUN_IN = re.compile(r"\b" + _ADJ + _NOUN + r"\s+in\s+(?:the\s+)?$")
_FORCE_SURFACE = re.compile(r"\b(?:army|armed\s+forces|forces|military|troops|junta)$", re.I)
_BACKER = ("backer", "patron", "sponsor")


def possessed_allies(sent: Sentence, mentions: list[Mention], lex: Lexicon) -> list[RawRelation]:
    if sent.headline or not has_word(sent, _ALLY_WORDS):
        return []
    ms = resolved_in_order(mentions)
    text, base, out = sent.text, sent.start, []
    for k, owner in enumerate(ms):
        own = _OWNED.match(text, owner.end - base)
        coordinated = bool(own and own.group("coord"))
        if own is None or not (coordinated or own.group("poss")) or own.group("force") and not (
                own.group("poss") and coordinated):
            continue  # "X and its", "X's", "X's army and its" (not "X army and its", "X's army Russian ...")
        at = own.end()
        hit = _NATION_NOUN.match(text, at)
        if hit is not None:  # "its Rwandan backers"
            words = hit.group("nation").split()
            form = lex.country_at(words, 0)
            if form is None or form[1].role != "demonym" or form[0] != len(words):
                continue
            ally = f"Country:{normalize_name(form[1].country)}"
        else:  # "its backers in Kigali"
            nxt = ms[k + 1] if k + 1 < len(ms) else None
            if nxt is None or nxt.kind != "Country" or not nxt.entity \
                    or not (hit := _NOUN_IN.fullmatch(text, at, nxt.start - base)):
                continue
            form = lex.country_at(nxt.surface.split(), 0)
            role = form[1].role if form is not None else ""
            if role != "seat" and not (role == "name" and hit.group("noun").startswith(_BACKER)):
                continue  # "Iran's allies in Iraq": factions there, not the state
            ally = nxt.entity
        noun = hit.group("noun")
        backer = noun.startswith(_BACKER)
        state_force = bool(own.group("force")) or (owner.kind == "Country" and bool(_FORCE_SURFACE.search(owner.surface)))
        if not backer and owner.kind == "Country" and not state_force:
            continue  # "Iran and its Iraqi allies": militias in Iraq, not Iraq
        if not owner.entity or ally == owner.entity:
            continue
        rtype = "COOPERATES_WITH" if coordinated and not backer else "SUPPORTS"
        out.append(RawRelation(ally, rtype, owner.entity, sent, hit.start("noun"), noun, RelationStatus.ASSERTED, 0.6))
    return out
