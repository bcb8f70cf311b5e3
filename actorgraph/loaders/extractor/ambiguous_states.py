"""Short forms two states share. "Congo" and "Congolese" are the word list's for the Democratic Republic of the
Congo, the larger and more reported; but a story filed from Brazzaville, or one naming the Republic of the Congo
by its own name, means that state by them, unless it also names the other by a form of its own ("DRC",
"Kinshasa", "Democratic Republic of Congo")."""

from __future__ import annotations

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.mentions import Mention

# the state the shared forms are listed under -> (the shared forms, lower-cased, the other state that may be meant)
_SHARED = {"Democratic Republic of the Congo": (frozenset({"congo", "congolese", "the congo"}), "Republic of the Congo")}


def _shared(m: Mention, forms: frozenset[str]) -> bool:
    """Whether the mention is by a shared form: alone, possessive or heading a noun ("Congolese police")."""
    low = m.surface.lower()
    return any(low == f or low.startswith((f + " ", f + "'", f + "’")) for f in forms)


def other_state_forms(mentions: list[list[Mention]], home: str | None) -> None:
    """Give the other state the mentions by a shared form, when the story names or is filed from that state and
    never names the listed one by a form of its own. ``home``: the dateline's state, as an entity key."""
    for listed, (shared, other) in _SHARED.items():
        own = [m for ms in mentions for m in ms if m.kind == "Country" and m.name == listed]
        people = [m for ms in mentions for m in ms if m.country == listed]
        if not own and not people:
            continue
        if not all(_shared(m, shared) for m in own):
            continue  # "DRC", "Kinshasa": the listed state is in the story
        if home != f"Country:{normalize_name(other)}" \
                and not any(m.kind == "Country" and m.name == other for ms in mentions for m in ms):
            continue
        for m in own:
            m.name = other
        for m in people:
            m.country = other
