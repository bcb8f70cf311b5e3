"""Retaliation warnings that name whom they are aimed at, round 23: "X warned (on Sunday) that it would retaliate
against Y", "said its government would respond firmly to any attack by Y", "vowed a swift response to any strike by
Y", "warned of consequences for Y", "said any incursion by Y would not go unanswered" -> X THREATENS Y; negatives: a
reply to a letter, the writer's forecast of consequences, a retaliation that happened."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("Pakistan", "India"), ("Armenia", "Azerbaijan"), ("Morocco", "Polisario Front"), ("Iran", "Israel"))
_WARNINGS = ("warned on Sunday that it would retaliate against {y}",
             "said it would respond firmly to any further attack by {y}",
             "said Monday that it would \"respond decisively\" to any aggression from {y}",
             "vowed a swift response to any strike by {y}",
             "promised a \"crushing\" response to any attack by {y}",
             "warned of serious consequences for {y}",
             "said any incursion by {y} would not go unanswered",
             "warned that any attack by {y} would be met with force",
             "said it reserved the right to respond in kind to {y}",
             "accused Chad of arming the rebels and threatened a \"merciless\" response to any attack by {y}")
_SPEAKERS = ("{x}", "{x}'s foreign minister")


def _the(y: str) -> str:
    return "the " + y if y.endswith("Front") else y


PROBES = [
    Probe("retaliation warning with a named target", f"{speaker.format(x=x)} {w.format(y=_the(y))}.",
          (x, "THREATENS", y))
    for x, y in _PARTIES for w in _WARNINGS for speaker in _SPEAKERS
] + [
    Probe("retaliation warning by a named minister",
          f"{x}'s foreign minister, Karim Haddad, told reporters on Thursday that his government would "
          f"\"respond firmly\" to any further attack by {_the(y)}.", ("Karim Haddad", "THREATENS", y))
    for x, y in _PARTIES
] + [
    Probe("negative: no retaliation warning", text.format(x=x, y=_the(y)), ("", "", ""),
          forbidden=((x, "THREATENS", y),))
    for x, y in _PARTIES
    for text in ("{x} said it would respond to the letter from {y} next week.",
                 "The drought will have consequences for {y}, {x}'s central bank said.",
                 "{x} retaliated against {y} on Monday.")
]
