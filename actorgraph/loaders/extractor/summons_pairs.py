"""Whose officials a later sentence of a summons story speaks of: once the story has told that one state summoned
another's envoy ("Ghana summoned Togo's ambassador"), a sentence that names no other state, and a diplomat or the
summons again ("Deputy Foreign Minister X summoned Ambassador Y", "X told the envoy, Y, that ...") sets the same two states
against each other: the bare-titled official is the summoner's, the envoy the summoned state's. Without this the
story's main state (a dateline's first city, "LOMÉ/ACCRA") decides both and can give each the other's state."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.lowered_text import has_lower_part, lowered
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_SUMMONS_WORDS = ("summon", "called in")
_ENVOY_WORDS = ("summon", "ambassador", "envoy", "chargé", "charge d", "consul")


def summons_pair(found: list[RawRelation], pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The (summoner, summoned) states of the last summons between two states among ``found`` (one sentence's
    relations), else ``pair`` (the story's so far)."""
    for r in found:
        if r.type == "PROTESTS" and (r.source or "").startswith("Country:") and (r.target or "").startswith("Country:") \
                and has_lower_part(lowered(r.sentence.text), _SUMMONS_WORDS) and r.source != r.target:
            pair = (r.source or "", r.target or "")
    return pair


def summons_states(sent: Sentence, mentions: list[Mention], pair: tuple[str, str] | None,
                   states: list[str]) -> tuple[str, list[str]] | None:
    """For a sentence that names no state but the two and speaks of a diplomat or a summons: the state a bare title serves
    (the summoner) and the states most named, the summoned one first (whose envoy a bare diplomat title is);
    None for any other sentence."""
    if pair is None or any(m.kind == "Country" and m.entity not in pair for m in mentions) \
            or not has_lower_part(lowered(sent.text), _ENVOY_WORDS):
        return None
    return pair[0], [pair[1]] + [s for s in states if s != pair[1]]


def bare_envoys(sent: Sentence, mentions: list[Mention], found: list[RawRelation], summoned: str) -> list[RawRelation]:
    """ "X told the envoy, Y, that ..." in a summons sentence: Y serves the ``summoned`` state (a bare "envoy" is no
    diplomat's title elsewhere: a special envoy is most often the story's own state's)."""
    posted = {r.source for r in found if r.type in ("LEADS", "HOLDS_POSITION")}
    return [RawRelation(m.entity, "HOLDS_POSITION", summoned, sent, m.start - sent.start, "envoy", RelationStatus.ASSERTED,
                        0.6, props={"affiliation": "inferred"})
            for m in mentions if m.kind == "Person" and m.entity and m.title is not None and not m.country
            and m.title.text.lower() == "envoy" and m.entity not in posted]
