"""A head's post taken by swearing-in or appointment ("X was sworn in as president", "named X as interim prime
minister") leads the state, as the annotation counts a head of state or government: LEADS, not a post held in it.
A post of another body ("as president of the Supreme Court") is that body's; a minister's post stays a post."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = "LIMA, May 3 (Wire) - Peru's Congress removed the president on Monday after a week of protests.\n\n"
_HEADS = ("president", "interim president", "the country's new president", "prime minister", "acting prime minister",
          "transitional president")

PROBES = [
    Probe("a head sworn in or named leads the state", _LEAD + text.format(post=post),
          ("Rosa Vera", "LEADS", "Peru"), forbidden=(("Rosa Vera", "HOLDS_POSITION", "Peru"),))
    for post in _HEADS
    for text in ("Hours later Rosa Vera was sworn in as {post}.",
                 "Rosa Vera, the head of Congress, was sworn in on Tuesday as {post}.")
] + [
    Probe("a post sworn in is no headship", _LEAD + text, expected, forbidden=(forbidden,))
    for text, expected, forbidden in (
        ("Rosa Vera was sworn in as interior minister on Tuesday.",
         ("Rosa Vera", "HOLDS_POSITION", "Peru"), ("Rosa Vera", "LEADS", "Peru")),
        ("Rosa Vera was sworn in as president of the Supreme Court on Tuesday.",
         ("Rosa Vera", "LEADS", "Supreme Court"), ("Rosa Vera", "LEADS", "Peru")),
    )
]
