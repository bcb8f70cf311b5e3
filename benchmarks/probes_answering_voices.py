"""A "Government <post>" opening the sentence after one a state opens as its subject is that state's post,
not the dateline's: the state, its act, the post and what the holder says vary; a state named only inside the
earlier sentence, or a paragraph break between them, leaves the post to the story's state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = "LISBON, March 3 (Wire) - Portugal accused Angola on Monday of detaining three of its fishermen.\n\n"
_OPENERS = (("Angola", "Angola denied the charge."), ("Angola", "Luanda rejected the accusation on Tuesday."),
            ("Angola", "Angola's foreign ministry dismissed the complaint."))
_POSTS = ("Government spokesman Tomas Neto said", "A government spokeswoman, Rita Neto, said",
          "Government minister Carlos Neto told reporters")
_SAYS = (" the boat had strayed into Angolan waters.", " the crew would be released soon.")


def _holder(post: str) -> str:
    return next(n for n in ("Tomas Neto", "Rita Neto", "Carlos Neto") if n in post)


PROBES = [
    Probe("government post after the state's own sentence", _LEAD + opener + " " + post + says,
          (_holder(post), "HOLDS_POSITION", state), forbidden=((_holder(post), "HOLDS_POSITION", "Portugal"),))
    for state, opener in _OPENERS for post in _POSTS for says in _SAYS
] + [
    Probe("government post after a sentence opened by no state",
          _LEAD + "The fishermen's families protested outside the Angolan embassy. " + post + says,
          (_holder(post), "HOLDS_POSITION", "Portugal"), forbidden=((_holder(post), "HOLDS_POSITION", "Angola"),))
    for post in _POSTS[::2] for says in _SAYS
] + [
    Probe("government post in the next paragraph", _LEAD + opener + "\n\n" + post + says,
          (_holder(post), "HOLDS_POSITION", "Portugal"), forbidden=((_holder(post), "HOLDS_POSITION", state),))
    for state, opener in _OPENERS[:2] for post in _POSTS[::2] for says in _SAYS[:1]
]
