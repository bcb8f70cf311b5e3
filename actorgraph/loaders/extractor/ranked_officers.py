"""Officers named by a military or police rank ("Colonel X", "Senior Superintendent Y") hold a post of a state
when they speak for its forces ("Police spokesman Assistant Commissioner X", "A spokesman for Z's defence
ministry, Colonel Y") or, with a general's rank and tied to nothing else, when their sentence names the state
after them ("General X had hidden rifles at a barracks outside <capital>")."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.title_states import own_state

_FORCE_RANKS = frozenset(("general", "lieutenant general", "major general", "brigadier general", "colonel",
                          "lieutenant colonel", "major", "admiral", "vice admiral", "superintendent",
                          "assistant commissioner", "deputy commissioner", "senior superintendent"))
_GENERAL_RANKS = frozenset(("general", "lieutenant general", "major general", "brigadier general"))
_FORCE_VOICE = re.compile(r"\b(?:police|army|military|defen[cs]e ministry|armed forces|navy)\s+spokes(?:man|woman|person)"
                          r"\s*,?\s*(?:(?:senior|chief|deputy)\s+)?$|\bspokes(?:man|woman|person)\s+for\s+[^,]{0,40}?\b(?:police|army|military|ministry|"
                          r"armed forces|navy)\s*,\s*(?:(?:senior|chief|deputy)\s+)?$", re.I)


def ranked_officers(sent: Sentence, ms: list[Mention], home: str | None, states: list[str] | None,
                     found: list[RawRelation]) -> list[RawRelation]:
    """ "Police spokesman Assistant Commissioner X", "A spokesman for the defence ministry, Colonel X": an
    officer speaking for the state's forces holds a post of the state (the article's, unless the sentence sets
    it against the officer) when the sentence ties the officer to nothing else."""
    text, base, out = sent.text, sent.start, []
    tied = {r.source for r in found if r.type in ("LEADS", "HOLDS_POSITION", "MEMBER_OF")}
    for m in ms:
        if m.kind != "Person" or m.title is None or m.title_i is None or m.entity in tied or not home \
                or m.title.text.lower() not in _FORCE_RANKS:
            continue
        start = sent.tokens[m.title_i].start - base
        voice = _FORCE_VOICE.search(text, max(0, start - 60), start)
        if not voice and m.title.text.lower() not in _GENERAL_RANKS:
            continue
        named = next((p.entity for p in ms if voice and p.kind == "Country" and voice.start() <= p.start - base < start), None)
        state = named or own_state(text, base, ms, m, home, states)  # "a spokesman for X's defence ministry"
        if not voice and not any(p.entity == state and p.start > m.end for p in ms):
            continue  # a bare "General X": the state's officer where the sentence names that state after him (one
            # named before is more often the speaker or the actor upon him: "Canada said General X had ...")
        if state and m.entity:
            out.append(RawRelation(m.entity, "HOLDS_POSITION", state, sent, 0, m.title.text, RelationStatus.ASSERTED, 0.6))
            out[-1].props["affiliation"] = "inferred"
    return out
