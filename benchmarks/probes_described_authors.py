"""A request answered, its author named after "from"/"by" with a title or a description (round 28): "refused calls
from Prime Minister X to step aside", "rejected demands from the opposition X Party to resign" -> X DEMANDS the one
who answers, who REJECTS X. A preposition ends the description: "calls from supporters of X" are not X's."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ANSWERS = ("has refused", "rejected", "dismissed", "has turned down", "ignored")
_NOUNS = ("calls", "demands", "a request", "an appeal")
_AUTHORS = (("Prime Minister Ivo Kastel", "Ivo Kastel"), ("Interior Minister Lena Dahl", "Lena Dahl"),
            ("the opposition Dawn Party", "Dawn Party"), ("the ruling Unity Front", "Unity Front"))

PROBES = [
    Probe("request from a titled or described author", f"Valdor Mensk {answer} {noun} from {author} to step aside.",
          (name, "DEMANDS", "Valdor Mensk"))
    for answer in _ANSWERS for noun in _NOUNS for author, name in _AUTHORS
]
PROBES += [
    Probe("request from the people of an author", f"Valdor Mensk {answer} {noun} from supporters of the Dawn Party "
          "to step aside.", ("", "", ""), forbidden=(("Dawn Party", "DEMANDS", "Valdor Mensk"),))
    for answer in _ANSWERS for noun in _NOUNS
]
