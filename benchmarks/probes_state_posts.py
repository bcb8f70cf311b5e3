"""Posts of a state told without the state beside the title: a post with a ministry's remit after it ("Chile's
undersecretary of the interior, X", "X, Chile's deputy minister of foreign affairs,"), government titles the title
list lacked ("Chief Cabinet Secretary X", "State Secretary X", "Undersecretary X": the story's state), and "the
ministry's spokeswoman, X" (the state whose ministry the story named). A company's or a group's "head of security"
is no state's post."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = "LIMA, May 3 (Wire) - Peru rejected the claim on Monday and recalled its ambassador from Quito.\n\n"
_POSTS = ("undersecretary of the interior", "undersecretary for foreign affairs", "deputy minister of defence",
          "under-secretary of justice")

PROBES = [
    Probe("a state's post with a ministry's remit", text.format(post=post), ("Rosa Vera", "HOLDS_POSITION", "Peru"),
          forbidden=(("Rosa Vera", "LEADS", "Peru"),))
    for post in _POSTS
    for text in ("Peru's {post}, Rosa Vera, rejected the claim on Monday.",
                 "Rosa Vera, Peru's {post}, rejected the claim on Monday.",
                 "The talks were led by Peru's {post}, Rosa Vera, and two aides.")
] + [
    Probe("a government title the story's state holds", _LEAD + text, ("Rosa Vera", "HOLDS_POSITION", "Peru"),
          forbidden=(("Rosa Vera", "LEADS", "Peru"),))
    for text in ("Chief Cabinet Secretary Rosa Vera told reporters the decision was final.",
                 "State Secretary Rosa Vera said the embassy would stay closed.",
                 "Undersecretary Rosa Vera said the embassy would stay closed.",
                 "Cabinet Secretary Rosa Vera said the government would not back down.")
] + [
    Probe("the ministry's spokesperson is its state's", _LEAD + text, ("Rosa Vera", "HOLDS_POSITION", "Peru"))
    for text in ("The ministry's spokeswoman, Rosa Vera, accused Quito of provocation.",
                 "The ministry's spokesman, Rosa Vera, said the border would stay open.",
                 "The government's spokeswoman, Rosa Vera, said the border would stay open.")
] + [
    Probe("a company's head of security is no state's post",
          "LIMA, May 3 (Wire) - Andes Copper Corporation said on Monday it would close its mine.\n\n" + text,
          ("", "", ""), forbidden=(("Rosa Vera", "HOLDS_POSITION", "Peru"), ("Rosa Vera", "LEADS", "Peru"),
                                   ("Rosa Vera", "LEADS", "Andes Copper Corporation")))
    for text in ("The company's head of security, Rosa Vera, said the mine was safe.",
                 "Its head of security, Rosa Vera, said the mine was safe.")
]
