"""Removal from office is coercion of the one removed (round 26; the dev gold's COERCES, as "the removal of X"):
"Congress voted to remove President X from office", "removed X from his post", "whether to remove X from office"
(hypothetical). Removing things or crowds from places is no removal from office, and a pronoun object is left out."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODIES = (("Peru's Congress", "Peru"), ("The Constitutional Court", "Constitutional Court"),
           ("Chilean President Tomas Reyes", "Tomas Reyes"))
_OFFICIALS = (("President Rosa Ledesma", "Rosa Ledesma", "office"), ("Defence Minister Ana Duarte", "Ana Duarte", "her post"),
              ("Governor Sokari Amadi", "Sokari Amadi", "office"))

PROBES = [
    Probe("removed from office", f"{body} {verb} {title} from {post}{tail}", (src, "COERCES", name), status=status)
    for body, src in _BODIES for title, name, post in _OFFICIALS
    for verb, status in (("removed", "asserted"), ("voted to remove", "asserted"),
                         ("will decide whether to remove", "hypothetical"))
    for tail in (" on Friday.", " for corruption.")
]
PROBES += [
    Probe("removed, not from office", f"Peru's Congress removed {obj} from {place} on Friday.", ("", "", ""),
          forbidden=(("Peru", "COERCES", name),))
    for obj, name in (("the Northern Liberation Front's banners", "Northern Liberation Front"),
                      ("the tariffs on Chilean copper", "Chile"))
    for place in ("the building", "the list")
]
