"""Whose "its"/"their" ("his"/"her") a trigger noun takes when the clause names more than its subject. A reason
phrase after a verb and the party it acts on is about that party: "imposed sanctions on Belarus over its support
for Russia", "hit out at X over its ...", "thanked Poland and Turkey for their support" (a pair for "their"),
"sanctioned X over her support for Y" (a person for "his"/"her"), even when the party sits in a prepositional
phrase, where the subject rule would pass it over. Not so after a verb of telling ("assured Poland of its
support": the speaker's), after a verb joined to the clause's first that tells the subject's own stance ("met X
and reaffirmed its support"), nor when the name before is an agent or a source ("was criticised by X for its
...", "won praise from X for its ...": the subject's)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.argument_gaps import SPACE_THE
from actorgraph.loaders.extractor.arguments import coordinated, subject_of
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import has_part

# the pronoun right before the trigger noun, with up to three modifiers ("its military aid", "their continued backing")
_PRONOUN = re.compile(r"\b(its|their|his|her)\s+(?:[\w\-]+\s+){0,3}$")
_PRONOUN_PARTS = ("its", "their", "his", "her")  # one is in every _PRONOUN match
_REASON = re.compile(r"\b(?:over|for|because\s+of|after|following|due\s+to|in\s+response\s+to|in\s+retaliation\s+for|"
                     r"about)\s+$")
_TOLD_OF = re.compile(r"(?<!because )\b(?:of|about|on)\s+$")
# what may stand between the party and the reason phrase: a time ("on Monday", "last week"), a closing bracket, what
#   the party is barred from ("banned X from entering the country over his ...")
_ADJUNCT_GAP = re.compile(r"\)?(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|(?:last|this|earlier\s+this)\s+\w+|again|also|"
                          r"yesterday|today|from\s+[a-z]+ing(?:\s+[a-z]+){0,3}))*\s+")
_TELLING_VERB = re.compile(r"\b(?:(?:re)?assur|inform|told|tell|notif|brief|apprise)\w*")
# "met Poland on Monday and reaffirmed its support": a verb joined to the clause's first, whose subject it shares,
#   when the verb tells the subject's own stance (not "... and welcomed its support", "refused her request": the
#   object's)
_JOINED_VERB = re.compile(r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?(?:also\s+)?(?:(?:reaffirm|renew|reiterat|pledg|express|"
                          r"voic|announc|increas|boost|expand|extend|promis|confirm|stress|underlin|defend)(?:ed|s|es)|"
                          r"(?:stepp|ramp)(?:ed|s)\s+up|steps\s+up)\s+$")
# a name that is no party acted on: an agent or a source ("criticised by X for its ...", "won praise from X for its
#   ...": the subject's), a place ("struck targets in X after its ..."); "recalled its envoy from X over its ...",
#   "bought arms from X for its ...": either's, so no one's
_NOT_ACTED_ON = re.compile(r"\b(by|from|in|inside|near|within|across)\s+(?:the\s+)?$")
_RECEIVED = re.compile(r"\b(?:w[oi]n|wins|drew|draws?|fac(?:e|es|ed)|receiv\w*|earn\w*|got|gets|attract\w*)\s+"
                       r"(?:[\w\-]+\s+){0,3}from\s+(?:the\s+)?$")
_OWN_ACT = re.compile(r"\bapologi[sz]\w*\s+(?:to\s+)?(?:the\s+)?$")  # "apologised to X for its remarks": the subject's


def pronoun_owners(ms: list[Mention], left: list[int], text: str, base: int, s: int) -> list[Mention] | None:
    """The actors the "its"/"their" before the trigger noun at ``s`` stands for, [] for none named, None when the
    clause does not say (the subject rule decides)."""
    if not left or text.isascii() and not has_part(text[max(0, s - 50) : s], _PRONOUN_PARTS):
        return None  # (an ASCII text lower-cases letter for letter: the pronoun lies in the window, found cheaply)
    low = text[:s].lower()
    pron = _PRONOUN.search(low, max(0, s - 50))
    if pron is None:
        return None
    before = low[: pron.start()]
    if (joined := _JOINED_VERB.search(before)) is not None:
        return _first_subject(ms, left, text, base, joined.start())
    reason, told = _REASON.search(before), _TOLD_OF.search(before)
    prep = told or reason
    if prep is None:
        return None
    k = left[-1]
    m = ms[k]
    if m.end - base > prep.start() or not _ADJUNCT_GAP.fullmatch(text, m.end - base, prep.start()) \
            or m.possessive:
        return None
    head = low[: m.start - base]
    verb = _TELLING_VERB.search(head, max(0, len(head) - 25)) if told else None
    if verb is not None and SPACE_THE.fullmatch(head, verb.end()):  # "assured Poland of its support"
        own = subject_of(ms, [i for i in left if ms[i].end - base <= verb.start()], text, base, verb.start())
        return [ms[own]] if own is not None else []  # the speaker's
    if reason is None:
        return None
    if (place := _NOT_ACTED_ON.search(head)) is not None:
        return [] if place.group(1) == "from" and not _RECEIVED.search(head) else None
    if _OWN_ACT.search(head):
        return None
    if pron.group(1) == "their":
        return coordinated(ms, k, text, base, -1)
    person = pron.group(1) in ("his", "her")  # "sanctioned X over his support for Y": a person's, "its" a body's
    return [m] if (m.kind == "Person") == person and m.kind != "Group" else None


def _first_subject(ms: list[Mention], left: list[int], text: str, base: int, at: int) -> list[Mention] | None:
    """The subject a verb joined at ``at`` shares with the clause's first: the subject rule's choice before ``at``
    (with its conjuncts), or the one before those when there is one (then they are the first verb's objects:
    "met Poland (and Chile)")."""
    first = subject_of(ms, [k for k in left if ms[k].end - base <= at], text, base, at)
    if first is None:
        return None
    objects = coordinated(ms, first, text, base, -1)
    start = min(m.start for m in objects)
    own = subject_of(ms, [k for k in left if ms[k].end <= start], text, base, start - base)
    return objects if own is None else coordinated(ms, own, text, base, -1)
